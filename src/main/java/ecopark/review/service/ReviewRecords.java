package ecopark.review.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.AttachmentItem;
import ecopark.report.service.DownloadedFile;
import ecopark.report.service.ReportAttachmentService;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewComment;
import ecopark.review.domain.ReviewCommentRepository;
import ecopark.review.domain.ReviewDecision;
import ecopark.review.domain.ReviewDecisionRepository;
import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reviewer reads besides the task itself: the decisions taken (已办) and the record of each and the report's supporting
 * documents. Read-only; kept apart from {@link ReviewService}, which changes the review's state.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewRecords {

    /**
     * A decision's comment is saved in the same call just before the decision (microseconds apart), as a comment on
     * the whole report by the same reviewer on the same revision and stage; the decision does not keep a link to it.
     * A comment added by hand and then a decision confirmed in a dialog are seconds apart, so this window tells them
     * apart.
     */
    private static final Duration SAME_ACT = Duration.ofSeconds(1);

    private final ReviewDecisionRepository decisions;
    private final ReviewCommentRepository comments;
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final ReportAttachmentService attachments;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;

    ReviewRecords(ReviewDecisionRepository decisions, ReviewCommentRepository comments, ReportService reports,
            ReportWorkflow workflow, ReportAttachmentService attachments, AccessPolicy access,
            CurrentUser currentUser, OrganisationDirectory directory) {
        this.directory = directory;
        this.decisions = decisions;
        this.comments = comments;
        this.reports = reports;
        this.workflow = workflow;
        this.attachments = attachments;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * What the reviewer has handled (已办) for the bureau they review for now, newest first, each with the stage's
     * level (e.g. 长春市生态环境局 预审).
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public Page<ReviewDoneItem> done(Pageable pageable) {
        Long jurisdiction = currentUser.require().jurisdictionId();
        if (jurisdiction == null) {
            return Page.empty(pageable); // a reviewer without a bureau reviews nothing
        }
        Page<ReviewDecision> page = decisions.findByReviewerInJurisdiction(currentUser.require().username(),
                jurisdiction, pageable);
        String bureau = page.isEmpty() ? null : directory.jurisdictionName(jurisdiction).orElse(null);
        return page.map(d -> {
            AnnualReport report = reports.get(d.getReportId());
            return new ReviewDoneItem(d.getId(), d.getReportId(), report.getParkName(), report.getYear(),
                    d.getRevisionNumber(), d.getStage(), d.getOutcome(), d.getDecidedAt(), bureau);
        });
    }

    /** The record of one decision, for the reviewers of the bureau the report belongs to. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public DecisionRecord decision(long decisionId) {
        ReviewDecision d = decisions.findById(decisionId)
                .orElseThrow(() -> new BusinessRuleException("reviewfinish.error.decisionNotFound"));
        access.requirePark(d.getParkId());
        AnnualReport report = reports.get(d.getReportId());
        String comment = comments.findByReportIdOrderByIdAsc(d.getReportId()).stream()
                .filter(c -> c.getRevisionNumber() == d.getRevisionNumber() && c.getStage() == d.getStage())
                .filter(c -> "GENERAL".equals(c.getAnchor()) && c.getAuthor().equals(d.getReviewer()))
                .filter(c -> !c.getCreatedAt().isAfter(d.getDecidedAt())
                        && !c.getCreatedAt().isBefore(d.getDecidedAt().minus(SAME_ACT)))
                .max(Comparator.comparing(ReviewComment::getCreatedAt).thenComparing(ReviewComment::getId))
                .map(ReviewComment::getBody).orElse(null);
        return new DecisionRecord(d.getId(), d.getReportId(), report.getParkName(), report.getYear(), d.getStage(),
                d.getOutcome(), d.getReviewer(), d.getReviewerName(), d.getDecidedAt(), comment,
                workflow.revision(d.getReportId(), d.getRevisionNumber()));
    }

    /** The report's supporting documents, for whoever may see the report. */
    public List<AttachmentItem> attachments(long reportId) {
        return attachments.list(reportId);
    }

    /** One supporting document, with the report's access checks. */
    public DownloadedFile download(long attachmentId) {
        return attachments.download(attachmentId);
    }
}
