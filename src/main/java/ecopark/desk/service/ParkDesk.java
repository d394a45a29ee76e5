package ecopark.desk.service;

import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import ecopark.park.service.ParkListItem;
import ecopark.park.service.ParkService;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportOverview;
import ecopark.report.service.YearReport;
import ecopark.review.service.ReviewOverview;
import ecopark.review.service.ReviewPlace;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The provincial desk (报送台) of a report year: every park in the manager's scope (a province its own and its
 * cities' parks, the national office every park; the scope is {@code AccessPolicy}'s, read through the park and
 * report services) with the state of its report, marked late against the year's annual notice, and its last 催办.
 * Managers use it; administrators read it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ParkDesk {

    /** How many years back from last year the year selector offers, beside the years with a notice. */
    private static final int YEARS_BACK = 6;

    private final ParkService parks;
    private final ReportOverview reports;
    private final ReviewOverview review;
    private final AnnualNotices notices;
    private final ParkChases chases;
    private final Clock clock;

    ParkDesk(ParkService parks, ReportOverview reports, ReviewOverview review, AnnualNotices notices,
            ParkChases chases, Clock clock) {
        this.parks = parks;
        this.reports = reports;
        this.review = review;
        this.notices = notices;
        this.chases = chases;
        this.clock = clock;
    }

    /** The year the desk opens on: the newest report year with a notice, else last year. */
    @RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
    public int defaultYear() {
        return notices.all().stream().map(NoticeView::reportYear).max(Integer::compare)
                .orElse(LocalDate.now(clock).getYear() - 1);
    }

    /** The report years to choose from, newest first: every year with a notice and the last few years. */
    @RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        notices.all().forEach(n -> years.add(n.reportYear()));
        int last = LocalDate.now(clock).getYear() - 1;
        for (int y = last; y >= last - YEARS_BACK; y--) {
            years.add(y);
        }
        return List.copyOf(years);
    }

    /** Every park of the user's scope with the state of its report of the year, late ones marked. */
    @RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
    public DeskBoard board(int year) {
        LocalDate today = LocalDate.now(clock);
        DeskBoard.NoticeLine notice = notices.forYear(year).map(n -> new DeskBoard.NoticeLine(n.documentNumber(),
                n.title(), n.parksDeadline(), n.provincesDeadline(), ChronoUnit.DAYS.between(today, n.parksDeadline())))
                .orElse(null);
        List<ParkListItem> scope = parks.findVisible(null, Pageable.unpaged()).getContent();
        Map<Long, YearReport> byPark = reports.ofYear(year).stream()
                .collect(Collectors.toMap(YearReport::parkId, Function.identity()));
        Map<Long, ReviewPlace> places = review.placesOfYear(year).stream()
                .collect(Collectors.toMap(ReviewPlace::reportId, Function.identity()));
        Map<Long, ChaseRecord> chased = chases.latestOf(scope.stream().map(ParkListItem::id).toList(), year);
        List<DeskRow> rows = scope.stream()
                .map(p -> row(p, byPark.get(p.id()), places, chased.get(p.id()), notice, today))
                .sorted(Comparator.comparing((DeskRow r) -> r.province() == null ? "" : r.province())
                        .thenComparing(DeskRow::parkName))
                .toList();
        Map<DeskState, Long> counts = new EnumMap<>(DeskState.class);
        for (DeskState s : DeskState.values()) {
            counts.put(s, 0L);
        }
        rows.forEach(r -> counts.merge(r.state(), 1L, Long::sum));
        return new DeskBoard(year, notice, today, rows, counts);
    }

    private DeskRow row(ParkListItem park, YearReport report, Map<Long, ReviewPlace> places, ChaseRecord lastChase,
            DeskBoard.NoticeLine notice, LocalDate today) {
        ReviewPlace place = report == null ? null : places.get(report.reportId());
        DeskState state = state(report, place);
        boolean deadlinePassed = notice != null && today.isAfter(notice.parksDeadline());
        LocalDate firstSent = day(report == null ? null : report.firstSubmittedAt());
        boolean submittedLate = notice != null && firstSent != null && firstSent.isAfter(notice.parksDeadline());
        return new DeskRow(park.id(), park.name(), park.province(), report == null ? null : report.reportId(), state,
                place == null ? null : place.stageKey(), place == null ? null : place.bureau(),
                day(report == null ? null : report.lastSubmittedAt()), deadlinePassed && state.owed(), submittedLate,
                lastChase, state.owed() && chases.mayChase(park.id()));
    }

    /** The desk's state of a report: in review only while a review step is open, submitted before that. */
    static DeskState state(YearReport report, ReviewPlace place) {
        if (report == null) {
            return DeskState.NOT_STARTED;
        }
        ReportStatus status = report.status();
        return switch (status) {
            case DRAFT -> DeskState.DRAFTING;
            case SUBMITTED, IN_REVIEW -> place != null ? DeskState.IN_REVIEW : DeskState.SUBMITTED;
            case RETURNED -> DeskState.RETURNED;
            case APPROVED, PUBLISHED -> DeskState.APPROVED;
        };
    }

    private LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }
}
