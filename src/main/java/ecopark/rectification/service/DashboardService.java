package ecopark.rectification.service;

import ecopark.park.service.ParkListItem;
import ecopark.park.service.ParkService;
import ecopark.rectification.domain.InspectionRound;
import ecopark.rectification.domain.InspectionRoundRepository;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import ecopark.rectification.domain.TaskStatistics;
import ecopark.rectification.domain.TaskStatistics.MonthCount;
import ecopark.rectification.domain.TaskStatistics.TaskCounts;
import ecopark.rectification.service.Dashboard.BurnDownPoint;
import ecopark.rectification.service.Dashboard.Figures;
import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' dashboard: two grouped queries over the jurisdiction's tasks (counts per park, source and round;
 * tasks assigned and closed per month) folded into every figure of the page, plus the longest-overdue tasks.
 * Overdue and due-soon come from the deadline and today's date in the query, not from the process engine.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRole.MANAGER_NAME, AppRole.ADMIN_NAME})
public class DashboardService {

    /** The burn-down shows at most this many months, the latest ones. */
    static final int BURN_DOWN_MONTHS = 120;
    static final int LONGEST_OVERDUE = 10;

    private final TaskStatistics statistics;
    private final InspectionRoundRepository rounds;
    private final RectificationTaskRepository tasks;
    private final TaskQueries registry;
    private final ParkService parks;
    private final AccessPolicy access;
    private final Clock clock;

    DashboardService(TaskStatistics statistics, InspectionRoundRepository rounds, RectificationTaskRepository tasks,
            TaskQueries registry, ParkService parks, AccessPolicy access, Clock clock) {
        this.statistics = statistics;
        this.rounds = rounds;
        this.tasks = tasks;
        this.registry = registry;
        this.parks = parks;
        this.access = access;
        this.clock = clock;
    }

    /** The dashboard of the parks the manager may reach (every park for administrators). */
    public Dashboard dashboard(DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> parkNames = parks.findVisible(null, Pageable.unpaged()).stream()
                .collect(Collectors.toMap(ParkListItem::id, ParkListItem::name, (a, b) -> a, LinkedHashMap::new));
        List<Long> parkIds;
        if (filter.parkId() != null) {
            access.requirePark(filter.parkId());
            parkIds = List.of(filter.parkId());
        } else {
            // Administrators reach every park: no IN list at all.
            parkIds = access.scope().isAll() ? null : List.copyOf(parkNames.keySet());
        }
        List<TaskCounts> counts = statistics.counts(parkIds, filter.source(), filter.roundId(), today,
                today.plusDays(TaskQueries.DUE_SOON_DAYS), filter.year());

        Figures totals = Figures.NONE;
        Map<RectificationSource, Figures> bySource = new EnumMap<>(RectificationSource.class);
        Map<Long, Figures> byPark = new HashMap<>();
        Map<Long, Figures> byRound = new HashMap<>();
        for (TaskCounts c : counts) {
            Figures f = new Figures(c.total(), c.closed(), c.overdue(), c.dueSoon(), c.awaiting(), c.closedInYear());
            totals = totals.plus(f);
            bySource.merge(c.source(), f, Figures::plus);
            byPark.merge(c.parkId(), f, Figures::plus);
            if (c.roundId() != null) {
                byRound.merge(c.roundId(), f, Figures::plus);
            }
        }
        List<Dashboard.SourceFigures> sources = new ArrayList<>();
        bySource.forEach((source, f) -> sources.add(new Dashboard.SourceFigures(source, f)));
        List<Dashboard.ParkFigures> parkFigures = byPark.entrySet().stream()
                .map(e -> new Dashboard.ParkFigures(e.getKey(), parkNames.getOrDefault(e.getKey(), ""), e.getValue()))
                .sorted(Comparator.comparingLong((Dashboard.ParkFigures p) -> -p.figures().overdue())
                        .thenComparingLong(p -> -p.figures().open()).thenComparing(Dashboard.ParkFigures::parkName))
                .toList();
        Map<Long, InspectionRound> roundById = new HashMap<>();
        rounds.findAllById(byRound.keySet()).forEach(r -> roundById.put(r.getId(), r));
        List<Dashboard.RoundProgress> roundProgress = byRound.entrySet().stream()
                .filter(e -> roundById.containsKey(e.getKey()))
                .map(e -> {
                    InspectionRound r = roundById.get(e.getKey());
                    return new Dashboard.RoundProgress(r.getId(), r.getName(), r.getSource(), e.getValue());
                })
                .sorted(Comparator.comparing((Dashboard.RoundProgress r) -> issuedOn(roundById.get(r.roundId())))
                        .reversed().thenComparing(Dashboard.RoundProgress::name))
                .toList();
        List<BurnDownPoint> burnDown = burnDown(statistics.months(parkIds, filter.source(), filter.roundId()),
                YearMonth.from(today));
        return new Dashboard(filter, today, totals, sources, parkFigures, roundProgress, burnDown,
                longestOverdue(filter, parkNames));
    }

    /** Open tasks at the end of each month: everything assigned up to it minus everything closed up to it. */
    static List<BurnDownPoint> burnDown(List<MonthCount> months, YearMonth current) {
        if (months.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, MonthCount> byMonth = new HashMap<>();
        months.forEach(m -> byMonth.put(YearMonth.of(m.yearMonth() / 100, m.yearMonth() % 100), m));
        YearMonth first = byMonth.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last = byMonth.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        if (current.isAfter(last)) {
            last = current;
        }
        List<BurnDownPoint> points = new ArrayList<>();
        long open = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            MonthCount c = byMonth.get(m);
            long assigned = c == null ? 0 : c.assigned();
            long closed = c == null ? 0 : c.closed();
            open += assigned - closed;
            points.add(new BurnDownPoint(m, assigned, closed, open));
        }
        return points.size() <= BURN_DOWN_MONTHS ? points : points.subList(points.size() - BURN_DOWN_MONTHS,
                points.size());
    }

    private List<TaskListItem> longestOverdue(DashboardFilter filter, Map<Long, String> parkNames) {
        TaskFilter tasksFilter = new TaskFilter(filter.parkId(), filter.source(), filter.roundId(), TaskState.OVERDUE,
                null, null);
        // A limited query without the count a Page would add.
        List<RectificationTask> oldest = tasks.findBy(registry.specification(tasksFilter, parkNames.keySet()),
                q -> q.sortBy(Sort.by("deadline", "id")).limit(LONGEST_OVERDUE).all());
        return oldest.stream().map(registry.listing(parkNames, registry.roundNames(oldest))).toList();
    }

    private static LocalDate issuedOn(InspectionRound round) {
        return round.getIssuedOn() == null ? LocalDate.MIN : round.getIssuedOn();
    }
}
