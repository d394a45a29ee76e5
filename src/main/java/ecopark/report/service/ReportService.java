package ecopark.report.service;

import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetEdits;
import jakarta.annotation.security.RolesAllowed;
import ecopark.notice.service.AnnualNotices;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.AnnualReportRepository;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.security.AccessPolicy;
import ecopark.security.CurrentUser;
import ecopark.security.ParkAction;
import ecopark.security.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting annual reports: one per park and year, written by the park's staff ({@link ParkAction#DRAFT}); everyone
 * who may read the park reads them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReportService {

    /** Subject type of report lines in the audit trail. */
    public static final AuditSubject SUBJECT = AuditSubject.REPORT;

    private final AnnualReportRepository reports;
    private final ParkService parks;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReviewFeedback feedback;
    private final AuditTrail audit;
    private final IndicatorSheetService sheets;
    private final AnnualNotices notices;

    ReportService(AnnualReportRepository reports, ParkService parks, AccessPolicy access, CurrentUser currentUser,
            Clock clock, ReviewFeedback feedback, AuditTrail audit, IndicatorSheetService sheets,
            AnnualNotices notices) {
        this.notices = notices;
        this.feedback = feedback;
        this.audit = audit;
        this.sheets = sheets;
        this.reports = reports;
        this.parks = parks;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
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
        access.require(ParkAction.READ, report.getParkId());
        return report;
    }

    /** Who did what to the report and when, oldest first, for everyone who may see the report. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long reportId) {
        get(reportId);
        return audit.of(SUBJECT, reportId);
    }

    /** The reviewers' comments on a report, for everyone who may see it. */
    @Transactional(readOnly = true)
    public List<ReviewFeedback.Item> reviewFeedback(long reportId) {
        get(reportId);
        return feedback.forReport(reportId);
    }

    /** Where the report stands in review (stage, holder, since when, due), for everyone who may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<ReviewFeedback.Position> reviewPosition(long reportId) {
        get(reportId);
        return feedback.position(reportId);
    }

    /**
     * What the current user may do with the report now (edit, submit, withdraw, start a correction), for the views'
     * buttons and the API; each action checks the same rule again.
     */
    @Transactional(readOnly = true)
    public ReportActions actionsOn(long reportId) {
        return actionsOn(get(reportId));
    }

    /** {@link #actionsOn(long)} for a report the caller has just read through {@link #get(long)}. */
    @Transactional(readOnly = true)
    public ReportActions actionsOn(AnnualReport report) {
        if (!access.may(ParkAction.DRAFT, report.getParkId())) {
            return ReportActions.NONE;
        }
        ReportStatus status = report.getStatus();
        boolean editable = status.isEditable();
        // A submission is taken back only while no reviewer holds it; the review feature refuses otherwise.
        boolean withdrawable = status == ReportStatus.SUBMITTED
                && feedback.position(report.getId()).map(p -> p.holderName() == null).orElse(true);
        return new ReportActions(editable, editable, withdrawable, status == ReportStatus.PUBLISHED);
    }

    /** The park whose new reports the current user opens: staff their own park; empty for everyone else. */
    @Transactional(readOnly = true)
    public Optional<Long> parkToDraftFor() {
        Long parkId = currentUser.require().parkId();
        return parkId != null && access.may(ParkAction.DRAFT, parkId) ? Optional.of(parkId) : Optional.empty();
    }

    /**
     * Opens the report of a park for a year. docs/product.md: one report per park and year; it carries over the basic
     * information of the year before, or the park's master data for its first report. Those who draft the park's
     * reports (its staff) only.
     */
    public AnnualReport create(long parkId, int year) {
        requireDrafter(parkId);
        if (reports.existsByParkIdAndYear(parkId, year)) {
            throw new BusinessRuleException("report.error.duplicateYear", year);
        }
        SignedInUser user = currentUser.require();
        AnnualReport report = new AnnualReport(parkId, year, user.displayName(), clock.instant());
        report.setBasicInformation(reports.findByParkIdAndYear(parkId, year - 1)
                .map(AnnualReport::basicInformation)
                .orElseGet(() -> basicInformationOf(parks.get(parkId))));
        AnnualReport saved = reports.saveAndFlush(report);
        // Section 三 of the form: the indicator sheet, with last year's selection carried over.
        sheets.openSheet(saved.getId(), parkId, year);
        audit.record(user.asActor(), AuditAction.REPORT_CREATED, SUBJECT, saved.getId(), parkId, year);
        return saved;
    }

    /**
     * Saves sections 一 and 二 of a draft. Refused when someone else saved since the user opened the report
     * (optimistic locking: the message names who and when, and the user's text stays in the editor), when the
     * report is no longer a draft or returned, or when a field breaks the form's rules.
     */
    public AnnualReport saveDraft(long reportId, ReportDraft draft) {
        return saveDraft(reportId, draft, SheetEdits.NONE);
    }

    /**
     * Saves everything the report editor holds in one transaction: sections 一 and 二, and section 三's pending
     * edits (entered values and states, the selection with its reason, the park's statistics of the report's years,
     * cleared ones deleted). Refused as {@link #saveDraft(long, ReportDraft)} is, and when section 三 refuses an edit
     * (every refused field named); a refusal of any part stores nothing.
     */
    public AnnualReport saveDraft(long reportId, ReportDraft draft, SheetEdits sheetEdits) {
        AnnualReport report = requireDraftable(reportId);
        if (report.getVersion() != draft.expectedVersion()) {
            throw new ReportConflictException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        ReportDraftRules.check(draft);
        requireTopicsOfTheNotice(report.getYear(), draft);
        // Section 三 checks all of its edits before it writes any; a refusal rolls the whole save back.
        if (!sheetEdits.isEmpty()) {
            sheets.apply(reportId, sheetEdits);
        }
        draft.applyTo(report);
        report.touch(currentUser.require().displayName(), clock.instant());
        try {
            AnnualReport saved = reports.saveAndFlush(report);
            audit.record(currentUser.require().asActor(), AuditAction.REPORT_SAVED, SUBJECT, reportId, report.getParkId());
            return saved;
        } catch (ObjectOptimisticLockingFailureException e) {
            // Two saves raced past the version check; the database's @Version decided.
            AnnualReport winner = reports.findById(reportId).orElseThrow();
            throw new ReportConflictException(winner.getUpdatedBy(), winner.getUpdatedAt());
        }
    }

    /** The report's answers to the topics of its year's notice, by topic id; whoever may read the report. */
    @Transactional(readOnly = true)
    public Map<Long, String> topicAnswers(long reportId) {
        return get(reportId).topicAnswers();
    }

    /** Answers only to the topics of the year's notice: a stray id would keep text nobody sees. */
    private void requireTopicsOfTheNotice(int year, ReportDraft draft) {
        if (draft.topicAnswers().isEmpty()) {
            return;
        }
        java.util.Set<Long> topics = notices.forYear(year).stream().flatMap(n -> n.topics().stream())
                .map(ecopark.notice.service.NoticeView.Topic::id).collect(java.util.stream.Collectors.toSet());
        if (!topics.containsAll(draft.topicAnswers().keySet())) {
            throw new BusinessRuleException("report.error.noSuchTopic", year);
        }
    }

    /**
     * The report, if the current user may change it: one who drafts its park's reports, and only while it is a
     * draft or returned (docs/product.md: submitted and published reports are read-only for everyone).
     */
    @Transactional(readOnly = true)
    public AnnualReport requireDraftable(long reportId) {
        AnnualReport report = get(reportId);
        requireDrafter(report.getParkId());
        if (!report.getStatus().isEditable()) {
            throw new BusinessRuleException("report.error.readOnly");
        }
        return report;
    }

    /** Throws unless the current user drafts the park's reports (its staff; the system actor). */
    private void requireDrafter(long parkId) {
        access.require(ParkAction.DRAFT, parkId);
    }

    /** Section 一 from the park's master data, for a park's first report. */
    private static BasicInformation basicInformationOf(Park park) {
        return new BasicInformation(park.getName(), park.postalAddress(), park.getPostcode(), park.getLevel(),
                park.getType(), park.getTypeNote(), park.getPhone(), park.getEmail(), park.getStatus());
    }

    static ReportListItem toListItem(AnnualReport r) {
        return new ReportListItem(r.getId(), r.getParkId(), r.getParkName(), r.getYear(), r.getStatus(),
                r.getReviewStage(), r.getUpdatedAt(), r.getUpdatedBy());
    }
}
