package ecopark.review.service;

import static ecopark.review.service.ReviewTasks.stageAt;
import static ecopark.review.service.ReviewTasks.stageJurisdictionId;
import static ecopark.review.service.ReviewTasks.parkId;
import static ecopark.review.service.ReviewTasks.reportId;
import static ecopark.review.service.ReviewTasks.revisionNumber;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.PlainText;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportSubmitted;
import ecopark.report.service.ReportWithdrawalRequested;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.ReviewFeedback;
import ecopark.report.service.RevisionView;
import ecopark.review.domain.ReviewComment;
import ecopark.review.domain.ReviewCommentRepository;
import ecopark.review.domain.ReviewDecision;
import ecopark.review.domain.ReviewDecisionRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.review.process.ReviewNotices;
import ecopark.review.process.ReviewProcess;
import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.AccountDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's review of submitted reports through the BPMN process: the inbox of a jurisdiction, claiming,
 * approving and returning with comments, four eyes at final sign-off. Report status, revision and process state
 * change in one transaction (Flowable shares the transaction manager). Copies for information (抄送) live in
 * {@link ReviewCopies}; both find tasks and audit acts on them through {@link ReviewTasks}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    static final String BUSINESS_KEY_PREFIX = "report:";
    static final List<String> REVIEW_TASK_KEYS = java.util.Arrays.stream(ReviewStage.values())
            .map(ReviewStage::taskKey).toList();
    public static final int HAND_OVER_NOTE_MAX_LENGTH = 300;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ReviewTasks reviewTasks;
    private final ReviewInboxQuery inboxQuery;
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final ReviewDecisionRepository decisions;
    private final ReviewCommentRepository comments;
    private final OrganisationDirectory directory;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReviewFeedback feedback;
    private final ReviewNotices notices;
    private final AccountDirectory accounts;

    ReviewService(RuntimeService runtime, TaskService tasks, ReviewTasks reviewTasks,
            ReviewInboxQuery inboxQuery, ReportService reports, ReportWorkflow workflow, ReviewDecisionRepository decisions,
            ReviewCommentRepository comments, OrganisationDirectory directory, AccessPolicy access,
            CurrentUser currentUser, Clock clock, ReviewFeedback feedback, ReviewNotices notices,
            AccountDirectory accounts) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.reviewTasks = reviewTasks;
        this.inboxQuery = inboxQuery;
        this.reports = reports;
        this.workflow = workflow;
        this.decisions = decisions;
        this.comments = comments;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.feedback = feedback;
        this.notices = notices;
        this.accounts = accounts;
    }

    /**
     * A submission starts the review process, or — after a return or withdrawal — continues the same process at
     * its revision step, so the history of the report stays in one process instance. A first revision has no process
     * yet, so only a later one looks for the waiting revision step. The submission was checked for completeness in
     * this same transaction just before (ReportWorkflow.submit publishes the event only then): the process is told so
     * in a transient variable, which is never stored, and does not evaluate the report a second time.
     */
    @EventListener
    public void onSubmitted(ReportSubmitted submitted) {
        String businessKey = BUSINESS_KEY_PREFIX + submitted.reportId();
        Map<String, Object> checked = Map.of(ReviewProcess.SUBMISSION_CHECKED, true);
        Task revise = submitted.revisionNumber() == 1 ? null : tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey("revise").singleResult();
        if (revise != null) {
            tasks.complete(revise.getId(), Map.of("resubmitted", true, "revisionNumber", submitted.revisionNumber()),
                    checked);
            return;
        }
        long jurisdictionId = directory.jurisdictionOfPark(submitted.parkId())
                .orElseThrow(() -> new BusinessRuleException("park.error.notFound", submitted.parkId()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportId", submitted.reportId());
        variables.put("parkId", submitted.parkId());
        variables.put("jurisdictionId", jurisdictionId);
        variables.put("revisionNumber", submitted.revisionNumber());
        variables.put("reviewerGroup", AppRole.REVIEWER.candidateGroup(jurisdictionId));
        variables.put("managerGroup", AppRole.MANAGER.candidateGroup(jurisdictionId));
        variables.put("staffGroup", AppRole.STAFF.candidateGroup(submitted.parkId()));
        runtime.createProcessInstanceBuilder().processDefinitionKey(ReviewProcess.PROCESS_KEY).businessKey(businessKey)
                .variables(variables).transientVariables(checked).start();
    }

    /**
     * docs/product.md: staff can withdraw a submission that nobody has claimed yet — while it waits at the first
     * stage of its route (the city's 预审 where the route has one, else the 初审).
     */
    @EventListener
    public void onWithdrawalRequested(ReportWithdrawalRequested request) {
        Task first = tasks.createTaskQuery().processInstanceBusinessKey(BUSINESS_KEY_PREFIX + request.reportId())
                .taskDefinitionKeys(REVIEW_TASK_KEYS).includeProcessVariables().singleResult();
        if (first == null || first.getAssignee() != null || !stageAt(first).first()) {
            throw new BusinessRuleException("review.error.alreadyClaimed");
        }
        tasks.complete(first.getId(), Map.of("decision", "WITHDRAW"));
    }

    /**
     * The review tasks of the reviewer's jurisdiction (candidate group per jurisdiction, so no other bureau's task
     * appears), paged and sorted in the database: due date first, oldest first.
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public Page<ReviewTaskItem> inbox(ReviewStage stage, boolean mineOnly, Pageable pageable) {
        return inbox(new InboxFilter(stage, null, null, mineOnly, InboxFilter.InboxSort.DUE_FIRST), pageable);
    }

    /**
     * The inbox narrowed to a stage, park and report year, in the chosen order: paged by {@link ReviewInboxQuery} in
     * one statement, however many tasks, parks and reports there are, and counted by a second only when the page
     * alone cannot tell the total (a full page, or an empty one past the first). A park outside the reviewer's
     * jurisdiction simply matches no task.
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public Page<ReviewTaskItem> inbox(InboxFilter filter, Pageable pageable) {
        SignedInUser me = currentUser.require();
        Instant now = clock.instant();
        List<ReviewTaskItem> items = inboxQuery.page(filter, me.username(), me.candidateGroup(), me.jurisdictionId(),
                pageable.getOffset(), pageable.getPageSize()).stream()
                .map(r -> new ReviewTaskItem(r.taskId(), r.reportId(), r.parkName(), r.year(), r.revisionNumber(),
                        r.stage(), r.createdAt(), r.dueAt(), r.assignee(),
                        r.assignee() == null ? null : r.assigneeName() == null ? r.assignee() : r.assigneeName(),
                        r.dueAt() != null && r.dueAt().isBefore(now), r.stageBureau(), !r.decidedEarlier()))
                .toList();
        return PageableExecutionUtils.getPage(items, pageable,
                () -> inboxQuery.count(filter, me.username(), me.candidateGroup()));
    }

    /** Takes a task; exactly one of two reviewers claiming at the same moment wins. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void claim(String taskId) {
        SignedInUser me = currentUser.require();
        Task task;
        try {
            // Taken first, as for a decision: of two claims at once (also one reviewer's two tabs, which Flowable's
            // claim alone lets through twice) the second waits for the first and fails on the changed revision.
            task = reviewTasks.takeAndClaim(taskId, t -> {
                requireNotPreliminaryApprover(t, me);
                if (t.getAssignee() != null) {
                    throw new BusinessRuleException("review.error.claimedByOther");
                }
            }, me.username());
        } catch (FlowableException e) {
            throw new BusinessRuleException("review.error.claimedByOther");
        }
        reviewTasks.audit(task, AuditAction.REVIEW_CLAIMED);
        notices.claimed(reportId(task), parkId(task), me.displayName());
        // Taken at the route's first stage, the report can no longer be withdrawn: it is in review.
        if (stageAt(task).first()) {
            SystemActor.run(() -> workflow.moveTo(reportId(task), ReportStatus.IN_REVIEW, stageAt(task).kind().name()));
        }
    }

    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void unclaim(String taskId) {
        Task task = reviewTasks.requireOwn(taskId);
        tasks.unclaim(task.getId());
        reviewTasks.audit(task, AuditAction.REVIEW_UNCLAIMED);
        if (stageAt(task).first()) {
            SystemActor.run(() -> workflow.moveTo(reportId(task), ReportStatus.SUBMITTED, stageAt(task).kind().name()));
        }
    }

    /** Approves the revision at the task's stage; at final sign-off the reviewer must differ from the first one. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void approve(String taskId, String comment) {
        SignedInUser me = currentUser.require();
        Task task = take(taskId, t -> requireNotPreliminaryApprover(t, me));
        decide(task, ReviewDecision.Outcome.APPROVED, comment, "APPROVE");
    }

    /** Returns the report to its park for revision; a comment saying why is required. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void returnToPark(String taskId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("review.error.commentRequired");
        }
        Task task = take(taskId, t -> { });
        decide(task, ReviewDecision.Outcome.RETURNED, comment, "RETURN");
    }

    /** Attaches a comment to a part of the revision under review (a section or an indicator row). */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void comment(String taskId, String anchor, String body) {
        Task task = reviewTasks.requireOwn(taskId);
        saveComment(task, anchor, body);
    }

    /** All comments on a report, oldest first: for the review screen and for the park's staff revising it. */
    @Transactional(readOnly = true)
    public List<ReviewFeedback.Item> comments(long reportId) {
        reports.get(reportId);
        return feedback.forReport(reportId);
    }

    /** The task and the revision it reviews, for the review screen. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public ReviewTaskDetail task(String taskId) {
        Task task = reviewTasks.require(taskId);
        long reportId = reportId(task);
        RevisionView revision = workflow.revision(reportId, revisionNumber(task));
        return new ReviewTaskDetail(toItem(task, clock.instant()), revision,
                currentUser.require().username().equals(task.getAssignee()));
    }

    /** The parks of the reviewer's jurisdiction, by name, for narrowing the inbox. */
    @RolesAllowed({AppRole.REVIEWER_NAME, AppRole.MANAGER_NAME})
    @Transactional(readOnly = true)
    public List<OrganisationDirectory.OrgUnit> parkChoices() {
        return directory.parks().stream().filter(p -> access.mayReachPark(p.id())).toList();
    }

    /** The revisions of the task's report and its audit trail, for the review screen's history. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public ReviewHistory history(String taskId) {
        long reportId = reportId(reviewTasks.require(taskId));
        return new ReviewHistory(workflow.revisions(reportId), reports.history(reportId));
    }

    /**
     * Whom the holder of a task may hand it over to: the other reviewers of the stage's bureau, and at final sign-off
     * not the reviewer who approved the preliminary review (four eyes).
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public List<Colleague> handOverCandidates(String taskId) {
        Task task = reviewTasks.requireOwn(taskId);
        String preliminaryApprover = preliminaryApprover(task).orElse(null);
        return accounts.members(AppRole.REVIEWER, stageJurisdictionId(task)).stream()
                .filter(c -> !c.username().equals(currentUser.require().username()))
                .filter(c -> !c.username().equals(preliminaryApprover))
                .map(c -> new Colleague(c.username(), c.displayName(), false))
                .toList();
    }

    /**
     * Hands a task the reviewer holds over to another reviewer of the stage's bureau (转办), with a note saying why.
     * Not to oneself, not outside the bureau, and at final sign-off not to the preliminary approver (four eyes). The new
     * holder is told; the audit trail keeps who handed what to whom.
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void handOver(String taskId, String toUsername, String note) {
        Task task = reviewTasks.requireOwn(taskId);
        SignedInUser me = currentUser.require();
        String reason = note == null ? "" : note.strip();
        if (reason.isEmpty()) {
            throw new BusinessRuleException("review.error.handOverNoteRequired");
        }
        PlainText.require(reason, Integer.MAX_VALUE);
        if (reason.length() > HAND_OVER_NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("review.error.handOverNoteTooLong", HAND_OVER_NOTE_MAX_LENGTH);
        }
        if (me.username().equals(toUsername)) {
            throw new BusinessRuleException("review.error.handOverToSelf");
        }
        AccountDirectory.Contact to = accounts.members(AppRole.REVIEWER, stageJurisdictionId(task)).stream()
                .filter(c -> c.username().equals(toUsername)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("review.error.handOverOutside"));
        if (preliminaryApprover(task).filter(toUsername::equals).isPresent()) {
            throw new BusinessRuleException("review.error.handOverFourEyes");
        }
        try {
            // Unclaim and claim rather than set the assignee, so the task's claim time says since when the new
            // holder has it.
            tasks.unclaim(task.getId());
            tasks.claim(task.getId(), to.username());
        } catch (FlowableException e) {
            throw new BusinessRuleException("review.error.alreadyDecided");
        }
        reviewTasks.audit(task, AuditAction.REVIEW_HANDED_OVER, to.displayName(), AuditDetail.note(reason));
        notices.handedOver(task.getId(), reportId(task), to.username(), me.displayName(), reason);
    }

    private Optional<String> preliminaryApprover(Task task) {
        if (ReviewStage.ofTaskKey(task.getTaskDefinitionKey()) != ReviewStage.FINAL) {
            return Optional.empty();
        }
        return decisions.findFirstByReportIdAndRevisionNumberAndStageAndOutcomeOrderByIdDesc(reportId(task),
                revisionNumber(task), ReviewStage.PRELIMINARY, ReviewDecision.Outcome.APPROVED)
                .map(ReviewDecision::getReviewer);
    }

    /** The reviewer's own task, checked and taken for a decision ({@link TakeTask}) before anything is written. */
    private Task take(String taskId, Consumer<Task> check) {
        try {
            return reviewTasks.takeOwn(taskId, check);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            // Another decision on this task (the reviewer's other tab) committed first.
            throw new BusinessRuleException("review.error.alreadyDecided");
        }
    }

    /** Records a decision on a task {@link #take taken} for it and completes the task. */
    private void decide(Task task, ReviewDecision.Outcome outcome, String comment, String decision) {
        SignedInUser me = currentUser.require();
        long reportId = reportId(task);
        ReviewStage stage = ReviewStage.ofTaskKey(task.getTaskDefinitionKey());
        if (comment != null && !comment.isBlank()) {
            saveComment(task, "GENERAL", comment);
        }
        decisions.save(new ReviewDecision(reportId, parkId(task), revisionNumber(task), stage, outcome, me.username(),
                me.displayName(), clock.instant(), stageJurisdictionId(task)));
        reviewTasks.audit(task, outcome == ReviewDecision.Outcome.APPROVED ? AuditAction.REVIEW_APPROVED : AuditAction.REVIEW_RETURNED,
                AuditDetail.key(stage.labelKey()));
        try {
            tasks.complete(task.getId(), Map.of("decision", decision));
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            throw new BusinessRuleException("review.error.alreadyDecided");
        }
    }

    private void saveComment(Task task, String anchor, String body) {
        if (body == null || body.isBlank()) {
            throw new BusinessRuleException("review.error.commentRequired");
        }
        // The park's staff read it as the reviewer wrote it: refused as typed, never cut or cleaned silently.
        PlainText.require(body.strip(), ReviewComment.BODY_MAX_LENGTH);
        SignedInUser me = currentUser.require();
        comments.save(new ReviewComment(reportId(task), revisionNumber(task),
                ReviewStage.ofTaskKey(task.getTaskDefinitionKey()), anchor == null ? "GENERAL" : anchor, body.strip(),
                me.username(), me.displayName(), clock.instant()));
        reviewTasks.audit(task, AuditAction.REVIEW_COMMENTED, body.strip());
    }

    /** Four eyes (docs/product.md): the reviewer who approved the preliminary review may not sign off the same revision. */
    private void requireNotPreliminaryApprover(Task task, SignedInUser me) {
        if (ReviewStage.ofTaskKey(task.getTaskDefinitionKey()) != ReviewStage.FINAL) {
            return;
        }
        decisions.findFirstByReportIdAndRevisionNumberAndStageAndOutcomeOrderByIdDesc(reportId(task),
                revisionNumber(task), ReviewStage.PRELIMINARY, ReviewDecision.Outcome.APPROVED)
                .filter(d -> d.getReviewer().equals(me.username()))
                .ifPresent(d -> {
                    throw new BusinessRuleException("review.error.fourEyes");
                });
    }

    private ReviewTaskItem toItem(Task task, Instant now) {
        long reportId = reportId(task);
        AnnualReport report = reports.get(reportId);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new ReviewTaskItem(task.getId(), reportId, report.getParkName(), report.getYear(),
                revisionNumber(task), ReviewStage.ofTaskKey(task.getTaskDefinitionKey()),
                task.getCreateTime().toInstant(), due, task.getAssignee(), holderName(task.getAssignee()),
                due != null && due.isBefore(now), directory.jurisdictionName(stageJurisdictionId(task)).orElse(null),
                true); // a task's detail is read by whoever holds it; the decision itself checks four eyes
    }

    private String holderName(String username) {
        return username == null ? null
                : accounts.contact(username).map(AccountDirectory.Contact::displayName).orElse(username);
    }
}
