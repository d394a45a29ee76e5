package ecopark.report.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.AnnualReportRepository;
import ecopark.report.domain.NarrativeSection;
import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import java.time.Clock;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting annual reports: one per park and year, written by the park's staff. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReportService {

    private final AnnualReportRepository reports;
    private final ParkService parks;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final IndicatorSheetService sheets;

    ReportService(AnnualReportRepository reports, ParkService parks, AccessPolicy access, CurrentUser currentUser,
            Clock clock, IndicatorSheetService sheets) {
        this.reports = reports;
        this.parks = parks;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sheets = sheets;
    }

    /** Reports of the parks the user may reach, newest year first unless the page says otherwise. */
    @Transactional(readOnly = true)
    public Page<ReportListItem> findVisible(Pageable pageable) {
        return reports.findByParkIdIn(parks.visibleParkIds(), pageable).map(ReportService::toListItem);
    }

    /** One report, if the user may reach its park. */
    @Transactional(readOnly = true)
    public AnnualReport get(long reportId) {
        AnnualReport report = reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
        access.requirePark(report.getParkId());
        return report;
    }

    /**
     * Opens the report of a park for a year. DESIGN.md: one report per park and year; it carries over the basic
     * information of the year before, or the park's master data for its first report. Staff of the park and
     * administrators only.
     */
    public AnnualReport create(long parkId, int year) {
        requireDrafter(parkId);
        if (reports.existsByParkIdAndYear(parkId, year)) {
            throw new BusinessRuleException("report.error.duplicateYear", year);
        }
        SignedInUser user = currentUser.require();
        AnnualReport report = new AnnualReport(parkId, year, user.displayName(), clock.instant());
        reports.findByParkIdAndYear(parkId, year - 1).ifPresentOrElse(
                previous -> copyBasicInformation(previous, report),
                () -> copyBasicInformation(parks.get(parkId), report));
        AnnualReport saved = reports.saveAndFlush(report);
        sheets.openSheet(saved.getId(), parkId, year);
        return saved;
    }

    /** Replaces the narrative sections given; the report must still be editable by the user. */
    public AnnualReport writeNarratives(long reportId, Map<NarrativeSection, String> texts) {
        AnnualReport report = get(reportId);
        requireDrafter(report.getParkId());
        if (!report.getStatus().isEditable()) {
            throw new BusinessRuleException("report.error.readOnly");
        }
        texts.forEach((section, text) -> {
            if (text != null && text.length() > AnnualReport.NARRATIVE_MAX_LENGTH) {
                throw new BusinessRuleException("report.error.narrativeTooLong", AnnualReport.NARRATIVE_MAX_LENGTH);
            }
            report.setNarrative(section, text);
        });
        report.touch(currentUser.require().displayName(), clock.instant());
        return reports.saveAndFlush(report);
    }

    private void requireDrafter(long parkId) {
        SignedInUser user = currentUser.require();
        if (!(user.is(AppRole.STAFF) || user.is(AppRole.ADMIN))) {
            throw new AccessDeniedException("Only park staff and administrators draft reports");
        }
        access.requirePark(parkId);
    }

    private static void copyBasicInformation(AnnualReport from, AnnualReport to) {
        to.setParkName(from.getParkName());
        to.setPostalAddress(from.getPostalAddress());
        to.setPostcode(from.getPostcode());
        to.setLevel(from.getLevel());
        to.setType(from.getType());
        to.setTypeNote(from.getTypeNote());
        to.setPhone(from.getPhone());
        to.setEmail(from.getEmail());
        to.setParkStatus(from.getParkStatus());
    }

    private static void copyBasicInformation(Park park, AnnualReport to) {
        to.setParkName(park.getName());
        to.setPostalAddress(park.postalAddress());
        to.setPostcode(park.getPostcode());
        to.setLevel(park.getLevel());
        to.setType(park.getType());
        to.setTypeNote(park.getTypeNote());
        to.setPhone(park.getPhone());
        to.setEmail(park.getEmail());
        to.setParkStatus(park.getStatus());
    }

    static ReportListItem toListItem(AnnualReport r) {
        return new ReportListItem(r.getId(), r.getParkId(), r.getParkName(), r.getYear(), r.getStatus(),
                r.getUpdatedAt(), r.getUpdatedBy());
    }
}
