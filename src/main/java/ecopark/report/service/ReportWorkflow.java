package ecopark.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SubmissionCheck;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.AnnualReportRepository;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportRevision;
import ecopark.report.domain.ReportRevisionRepository;
import ecopark.report.domain.ReportStatus;
import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.ParkAction;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's way through review, as far as the report itself is concerned: whether it may be submitted, its
 * immutable revisions, and its status. Those who draft the park's reports submit, withdraw and start corrections;
 * the review process drives the other status changes as the {@link ecopark.security.SystemActor}, never on a
 * user's direct request.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReportWorkflow {

    private final ReportService reports;
    private final AnnualReportRepository reportRepository;
    private final ReportRevisionRepository revisions;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final IndicatorSheetService sheets;
    private final AccessPolicy access;
    private final AnnualNotices notices;
    private final ReportAttachmentService attachments;

    ReportWorkflow(ReportService reports, AnnualReportRepository reportRepository, ReportRevisionRepository revisions,
            CurrentUser currentUser, ObjectMapper json, Clock clock, ApplicationEventPublisher events,
            AuditTrail audit, IndicatorSheetService sheets, AccessPolicy access, AnnualNotices notices,
            ReportAttachmentService attachments) {
        this.notices = notices;
        this.attachments = attachments;
        this.access = access;
        this.sheets = sheets;
        this.events = events;
        this.audit = audit;
        this.reports = reports;
        this.reportRepository = reportRepository;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Why the report may not be submitted yet, as translation keys with arguments; empty when it may. docs/product.md
     * completeness: basic information and every narrative section written, and the evaluation's check of section 三
     * (every assessed indicator has a result — none lacks data, none cannot be computed —, enough optional ones, same
     * selection as last year or a reason). Arguments are {@link ecopark.base.i18n.Localizable} where they are text
     * (section labels, indicator names, reasons), so the message reads in the user's language. The editor and the
     * review process both ask this one method. The year's annual notice adds its deliverables and topics; a report
     * already submitted is not checked again, and its revision keeps the notice's revision it met.
     */
    @Transactional(readOnly = true)
    public List<SubmissionProblem> submissionProblems(long reportId) {
        AnnualReport report = reports.get(reportId);
        Optional<NoticeView> notice = notices.forYear(report.getYear());
        return submissionProblems(report, sheets.checkSubmission(reportId), notice, deliverables(report, notice));
    }

    /** The attachments, read only when the year's notice demands deliverables. */
    private List<AttachmentItem> deliverables(AnnualReport report, Optional<NoticeView> notice) {
        return notice.filter(n -> !n.deliverables().isEmpty())
                .map(n -> attachments.list(report.getId())).orElse(List.of());
    }

    /**
     * The problems of a report the caller has read, with section 三's check the caller has made and the year's notice
     * (its deliverables and topics, {@link NoticeCheck}).
     */
    private static List<SubmissionProblem> submissionProblems(AnnualReport report, SubmissionCheck sectionThree,
            Optional<NoticeView> notice, List<AttachmentItem> attachments) {
        List<SubmissionProblem> problems = new ArrayList<>();
        problems.addAll(basicInformationProblems(report.basicInformation()));
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = report.narrative(section);
            if (text == null || text.isBlank()) {
                problems.add(SubmissionProblem.of("report.check.narrativeMissing",
                        new SubmissionProblem.Key(section.labelKey())));
            }
        }
        // Section 三: every assessed indicator has a computed result and the selection rules hold (evaluation's check).
        sectionThree.reasons()
                .forEach(reason -> problems.add(new SubmissionProblem(reason.key(), reason.args())));
        problems.addAll(NoticeCheck.problems(notice, attachments, report));
        return problems;
    }

    /**
     * Section 一 as the disclosure form asks for it: name, postal address, level, type (with a note for "other"),
     * phone, e-mail and status; the postcode is optional. One problem per missing field, naming it.
     */
    private static List<SubmissionProblem> basicInformationProblems(BasicInformation basic) {
        List<SubmissionProblem> problems = new ArrayList<>();
        requireField(problems, isBlank(basic.parkName()), "report.basic.parkName");
        requireField(problems, isBlank(basic.postalAddress()), "report.basic.postalAddress");
        requireField(problems, basic.level() == null, "report.basic.level");
        requireField(problems, basic.type() == null, "report.basic.type");
        requireField(problems, basic.type() == ParkType.OTHER && isBlank(basic.typeNote()), "report.basic.typeNote");
        requireField(problems, isBlank(basic.phone()), "report.basic.phone");
        requireField(problems, isBlank(basic.email()), "report.basic.email");
        requireField(problems, basic.parkStatus() == null, "report.basic.parkStatus");
        return problems;
    }

    private static void requireField(List<SubmissionProblem> problems, boolean missing, String labelKey) {
        if (missing) {
            problems.add(SubmissionProblem.of("report.check.basicFieldMissing", new SubmissionProblem.Key(labelKey)));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Freezes the report as a new revision and marks it submitted. Only its drafters, only while it is a draft or
     * returned, and only when {@link #submissionProblems(long)} finds nothing.
     */
    public RevisionView submit(long reportId) {
        AnnualReport report = reports.requireDraftable(reportId);
        // Section 三 is read once: the check's evaluation and selection reason are what the revision freezes.
        SubmissionCheck sectionThree = sheets.checkSubmission(reportId);
        Optional<NoticeView> notice = notices.forYear(report.getYear());
        List<AttachmentItem> delivered = deliverables(report, notice);
        List<SubmissionProblem> problems = submissionProblems(report, sectionThree, notice, delivered);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("report.error.notSubmittable", problems.size());
        }
        int number = revisions.latestNumber(reportId) + 1;
        // Section 三 is frozen with its verdicts, so a revision keeps what the reviewers saw even if statistics change.
        // So is the notice: the revision records which revision of it the submission met, with the answers and files.
        ReportSnapshot snapshot = ReportSnapshot.of(report, sectionThree.evaluation(),
                sectionThree.selectionChangeReason(), NoticeCheck.record(notice, delivered, report));
        ReportRevision revision = revisions.save(new ReportRevision(reportId, number, write(snapshot),
                clock.instant(), currentUser.require().displayName()));
        report.setStatus(ReportStatus.SUBMITTED);
        report.touch(currentUser.require().displayName(), clock.instant());
        reportRepository.save(report);
        audit.record(currentUser.require().asActor(), AuditAction.REPORT_SUBMITTED, ReportService.SUBJECT, reportId,
                report.getParkId(), number);
        RevisionView view = toView(revision);
        // The review feature starts or continues the review process in this same transaction.
        events.publishEvent(new ReportSubmitted(reportId, report.getParkId(), report.getYear(), number));
        return view;
    }

    /**
     * Takes back a submission that no reviewer has claimed yet; the review feature refuses (and so rolls this back)
     * when a reviewer already has it. Those who draft the park's reports only.
     */
    public void withdraw(long reportId) {
        AnnualReport report = reports.get(reportId);
        access.require(ParkAction.DRAFT, report.getParkId());
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new BusinessRuleException("review.error.notWithdrawable");
        }
        events.publishEvent(new ReportWithdrawalRequested(reportId));
        audit.record(currentUser.require().asActor(), AuditAction.REPORT_WITHDRAWN, ReportService.SUBJECT, reportId,
                report.getParkId());
    }

    /**
     * Moves the report to a status and review stage (null outside review) on behalf of the review process. Publishing
     * goes through {@link #publish(long, int)}, which names the revision that becomes public.
     */
    @RolesAllowed(AppRole.SYSTEM_NAME)
    public void moveTo(long reportId, ReportStatus status, String reviewStage) {
        if (status == ReportStatus.PUBLISHED) {
            throw new IllegalArgumentException("Publishing names its revision: use publish(reportId, revisionNumber)");
        }
        AnnualReport report = reportRepository.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
        report.setStatus(status);
        report.setReviewStage(reviewStage);
        reportRepository.save(report);
    }

    /**
     * The publish step of the review process (docs/product.md: publication freezes the revision): the approved revision
     * becomes the public form. The report turns PUBLISHED and {@link ReportPublished}, which carries the revision as
     * read here, lets the publication feature freeze it with its evaluation in this same transaction. Run by the
     * process as the system.
     */
    @RolesAllowed(AppRole.SYSTEM_NAME)
    public void publish(long reportId, int revisionNumber) {
        AnnualReport report = reportRepository.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
        ReportRevision revision = revisions.findByReportIdAndNumber(reportId, revisionNumber)
                .orElseThrow(() -> new BusinessRuleException("report.error.revisionNotFound", revisionNumber));
        ReportSnapshot form = toView(revision).form();
        report.setStatus(ReportStatus.PUBLISHED);
        report.setReviewStage(null);
        reportRepository.save(report);
        audit.record(currentUser.require().asActor(), AuditAction.REPORT_PUBLISHED, ReportService.SUBJECT, reportId,
                report.getParkId(), revisionNumber);
        events.publishEvent(new ReportPublished(reportId, report.getParkId(), report.getYear(), revisionNumber, form));
    }

    /**
     * Starts a correction of a published report (docs/product.md: a published form never changes): the report becomes a
     * draft again, its next submission is a new revision that goes through review again and, once published,
     * supersedes the published one, which stays public until then. Those who draft the park's reports only.
     */
    public void startCorrection(long reportId) {
        AnnualReport report = reports.get(reportId);
        access.require(ParkAction.DRAFT, report.getParkId());
        if (report.getStatus() != ReportStatus.PUBLISHED) {
            throw new BusinessRuleException("report.error.notCorrectable");
        }
        report.setStatus(ReportStatus.DRAFT);
        report.touch(currentUser.require().displayName(), clock.instant());
        reportRepository.save(report);
        audit.record(currentUser.require().asActor(), AuditAction.REPORT_CORRECTION_STARTED, ReportService.SUBJECT, reportId,
                report.getParkId());
    }

    @Transactional(readOnly = true)
    public List<RevisionView> revisions(long reportId) {
        reports.get(reportId);
        return revisions.findByReportIdOrderByNumberAsc(reportId).stream().map(this::toView).toList();
    }

    @Transactional(readOnly = true)
    public RevisionView revision(long reportId, int number) {
        reports.get(reportId);
        return revisions.findByReportIdAndNumber(reportId, number).map(this::toView)
                .orElseThrow(() -> new BusinessRuleException("report.error.revisionNotFound", number));
    }

    private String write(ReportSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the revision snapshot", e);
        }
    }

    private RevisionView toView(ReportRevision revision) {
        try {
            return new RevisionView(revision.getReportId(), revision.getNumber(), revision.getSubmittedAt(),
                    revision.getSubmittedBy(), json.readValue(revision.getSnapshot(), ReportSnapshot.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable snapshot of revision " + revision.getId(), e);
        }
    }
}
