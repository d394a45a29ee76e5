package ecopark.review.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.PlainText;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportSubmitted;
import ecopark.report.service.ReviewFeedback;
import ecopark.report.service.ReportWithdrawalRequested;
import ecopark.report.service.ReportWorkflow;
import ecopark.report.service.RevisionView;
import ecopark.review.domain.ReviewComment;
import ecopark.review.domain.ReviewCommentRepository;
import ecopark.review.domain.ReviewCopy;
import ecopark.review.domain.ReviewCopyRepository;
import ecopark.review.domain.ReviewDecision;
import ecopark.review.domain.ReviewDecisionRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.review.process.ReviewNotices;
import ecopark.review.process.ReviewProcess;
import ecopark.security.AccessPolicy;
import ecopark.security.ParkAction;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.AccountDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's review of submitted reports through the BPMN process: the inbox of a jurisdiction, claiming,
 * approving and returning with comments, four eyes at final sign-off. Report status, revision and process state
 * change in one transaction (Flowable shares the transaction manager).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    static final String BUSINESS_KEY_PREFIX = "report:";
    public static final int HAND_OVER_NOTE_MAX_LENGTH = 300;

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final ReviewDecisionRepository decisions;
    private final ReviewCommentRepository comments;
    private final OrganisationDirectory directory;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail auditTrail;
    private final ReviewFeedback feedback;
    private final ReviewNotices notices;
    private final AccountDirectory accounts;
    private final ReviewCopyRepository copies;

    ReviewService(RuntimeService runtime, TaskService tasks, ReportService reports, ReportWorkflow workflow,
            ReviewDecisionRepository decisions, ReviewCommentRepository comments, OrganisationDirectory directory,
            AccessPolicy access, CurrentUser currentUser, Clock clock, AuditTrail auditTrail,
            ReviewFeedback feedback, ReviewNotices notices, AccountDirectory accounts, ReviewCopyRepository copies,
            ManagementService management) {
        this.management = management;
        this.accounts = accounts;
        this.copies = copies;
        this.feedback = feedback;
        this.notices = notices;
        this.auditTrail = auditTrail;
        this.runtime = runtime;
        this.tasks = tasks;
        this.reports = reports;
        this.workflow = workflow;
        this.decisions = decisions;
        this.comments = comments;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A submission starts the review process, or — after a return or withdrawal — continues the same process at
     * its revision step, so the history of the report stays in one process instance.
     */
    @EventListener
    public void onSubmitted(ReportSubmitted submitted) {
        String businessKey = BUSINESS_KEY_PREFIX + submitted.reportId();
        Task revise = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey("revise")
                .singleResult();
        if (revise != null) {
            tasks.complete(revise.getId(), Map.of("resubmitted", true, "revisionNumber", submitted.revisionNumber()));
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
        runtime.startProcessInstanceByKey(ReviewProcess.PROCESS_KEY, businessKey, variables);
    }

    /** docs/product.md: staff can withdraw a submission that nobody has claimed yet. */
    @EventListener
    public void onWithdrawalRequested(ReportWithdrawalRequested request) {
        Task preliminary = tasks.createTaskQuery().processInstanceBusinessKey(BUSINESS_KEY_PREFIX + request.reportId())
                .taskDefinitionKey(ReviewStage.PRELIMINARY.taskKey()).singleResult();
        if (preliminary == null || preliminary.getAssignee() != null) {
            throw new BusinessRuleException("review.error.alreadyClaimed");
        }
        tasks.complete(preliminary.getId(), Map.of("decision", "WITHDRAW"));
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
     * The inbox narrowed to a stage, park and report year, in the chosen order; filtered, counted and paged by the
     * process engine's queries. A park outside the reviewer's jurisdiction simply matches no task.
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public Page<ReviewTaskItem> inbox(InboxFilter filter, Pageable pageable) {
        SignedInUser me = currentUser.require();
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.PROCESS_KEY);
        if (filter.mineOnly()) {
            query.taskAssignee(me.username());
        } else {
            query.taskCandidateGroup(me.candidateGroup()).ignoreAssigneeValue();
        }
        if (filter.stage() != null) {
            query.taskDefinitionKey(filter.stage().taskKey());
        }
        if (filter.parkId() != null) {
            query.processVariableValueEquals("parkId", filter.parkId());
        }
        if (filter.year() != null) {
            // The process carries ids, not the year: the year picks the reports of the reviewer's parks first.
            List<Long> reportIds = reports.findVisible(Pageable.unpaged()).stream()
                    .filter(r -> r.year() == filter.year())
                    .filter(r -> filter.parkId() == null || r.parkId() == filter.parkId())
                    .map(r -> r.id()).toList();
            if (reportIds.isEmpty()) {
                return Page.empty(pageable);
            }
            query.or();
            reportIds.forEach(id -> query.processVariableValueEquals("reportId", id));
            query.endOr();
        }
        long total = query.count();
        query.includeProcessVariables();
        switch (filter.sort()) {
            case DUE_FIRST -> query.orderByTaskDueDate().asc().orderByTaskCreateTime().asc();
            case NEWEST_FIRST -> query.orderByTaskCreateTime().desc();
            case OLDEST_FIRST -> query.orderByTaskCreateTime().asc();
        }
        List<Task> page = query.orderByTaskId().asc()
                .listPage((int) pageable.getOffset(), pageable.getPageSize());
        Instant now = clock.instant();
        List<ReviewTaskItem> items = page.stream().map(t -> toItem(t, now)).toList();
        return new PageImpl<>(items, pageable, total);
    }

    /** Takes a task; exactly one of two reviewers claiming at the same moment wins. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void claim(String taskId) {
        Task task = requireTask(taskId);
        SignedInUser me = currentUser.require();
        requireNotPreliminaryApprover(task, me);
        if (task.getAssignee() != null) {
            throw new BusinessRuleException("review.error.claimedByOther");
        }
        try {
            tasks.claim(taskId, me.username());
        } catch (FlowableException e) {
            throw new BusinessRuleException("review.error.claimedByOther");
        }
        audit(task, AuditAction.REVIEW_CLAIMED);
        notices.claimed(reportId(task), parkId(task), me.displayName());
        if (ReviewStage.ofTaskKey(task.getTaskDefinitionKey()) == ReviewStage.PRELIMINARY) {
            SystemActor.run(() -> workflow.moveTo(reportId(task),
                    ReportStatus.IN_REVIEW, ReviewStage.PRELIMINARY.name()));
        }
    }

    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void unclaim(String taskId) {
        Task task = requireOwnTask(taskId);
        tasks.unclaim(task.getId());
        audit(task, AuditAction.REVIEW_UNCLAIMED);
        if (ReviewStage.ofTaskKey(task.getTaskDefinitionKey()) == ReviewStage.PRELIMINARY) {
            SystemActor.run(() -> workflow.moveTo(reportId(task),
                    ReportStatus.SUBMITTED, ReviewStage.PRELIMINARY.name()));
        }
    }

    /** Approves the revision at the task's stage; at final sign-off the reviewer must differ from the first one. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void approve(String taskId, String comment) {
        Task task = requireOwnTask(taskId);
        SignedInUser me = currentUser.require();
        requireNotPreliminaryApprover(task, me);
        decide(task, ReviewDecision.Outcome.APPROVED, comment, "APPROVE");
    }

    /** Returns the report to its park for revision; a comment saying why is required. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void returnToPark(String taskId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("review.error.commentRequired");
        }
        Task task = requireOwnTask(taskId);
        decide(task, ReviewDecision.Outcome.RETURNED, comment, "RETURN");
    }

    /** Attaches a comment to a part of the revision under review (a section or an indicator row). */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void comment(String taskId, String anchor, String body) {
        Task task = requireOwnTask(taskId);
        saveComment(task, anchor, body);
    }

    /** All comments on a report, oldest first: for the review screen and for the park's staff revising it. */
    @Transactional(readOnly = true)
    public List<ReviewFeedback.Item> comments(long reportId) {
        reports.get(reportId);
        return feedback.forReport(reportId);
    }

    /** What the reviewer has handled (已办), newest first. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public Page<ReviewDoneItem> done(Pageable pageable) {
        return decisions.findByReviewer(currentUser.require().username(), pageable).map(d -> {
            AnnualReport report = reports.get(d.getReportId());
            return new ReviewDoneItem(d.getId(), d.getReportId(), report.getParkName(), report.getYear(), d.getRevisionNumber(),
                    d.getStage(), d.getOutcome(), d.getDecidedAt());
        });
    }

    /** The task and the revision it reviews, for the review screen. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public ReviewTaskDetail task(String taskId) {
        Task task = requireTask(taskId);
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
        long reportId = reportId(requireTask(taskId));
        return new ReviewHistory(workflow.revisions(reportId), reports.history(reportId));
    }

    /**
     * Whom the holder of a task may hand it over to: the other reviewers of the task's bureau, and at final sign-off
     * not the reviewer who approved the preliminary review (four eyes).
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public List<Colleague> handOverCandidates(String taskId) {
        Task task = requireOwnTask(taskId);
        String preliminaryApprover = preliminaryApprover(task).orElse(null);
        return accounts.members(AppRole.REVIEWER, jurisdictionId(task)).stream()
                .filter(c -> !c.username().equals(currentUser.require().username()))
                .filter(c -> !c.username().equals(preliminaryApprover))
                .map(c -> new Colleague(c.username(), c.displayName(), false))
                .toList();
    }

    /**
     * Hands a task the reviewer holds over to another reviewer of the same bureau (转办), with a note saying why. Not
     * to oneself, not outside the bureau, and at final sign-off not to the preliminary approver (four eyes). The new
     * holder is told; the audit trail keeps who handed what to whom.
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public void handOver(String taskId, String toUsername, String note) {
        Task task = requireOwnTask(taskId);
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
        AccountDirectory.Contact to = accounts.members(AppRole.REVIEWER, jurisdictionId(task)).stream()
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
        audit(task, AuditAction.REVIEW_HANDED_OVER, to.displayName(), AuditDetail.note(reason));
        notices.handedOver(task.getId(), reportId(task), to.username(), me.displayName(), reason);
    }

    /** The colleagues a revision under review may be copied to: the bureau's other reviewers and its managers. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public List<Colleague> copyCandidates(String taskId) {
        Task task = requireTask(taskId);
        return colleagues(jurisdictionId(task));
    }

    /**
     * Copies the revision of a task to named colleagues of the same bureau for information (抄送): no task is created
     * for them; each sees the revision, read-only, under "copied to me" and is notified. Any reviewer of the bureau
     * may copy; colleagues outside the bureau, and oneself, are refused. Returns how many copies were sent (a
     * colleague who already has this revision is not sent it again).
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public int copy(String taskId, Collection<String> recipients, String note) {
        Task task = requireTask(taskId);
        SignedInUser me = currentUser.require();
        Set<String> named = new LinkedHashSet<>(recipients == null ? List.of() : recipients);
        if (named.isEmpty()) {
            throw new BusinessRuleException("review.error.copyNoRecipient");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        PlainText.require(text, Integer.MAX_VALUE);
        if (text != null && text.length() > ReviewCopy.NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("review.error.copyNoteTooLong", ReviewCopy.NOTE_MAX_LENGTH);
        }
        long jurisdiction = jurisdictionId(task);
        Set<String> allowed = new LinkedHashSet<>(colleagues(jurisdiction).stream().map(Colleague::username).toList());
        for (String recipient : named) {
            if (recipient.equals(me.username())) {
                throw new BusinessRuleException("review.error.copyToSelf");
            }
            if (!allowed.contains(recipient)) {
                throw new BusinessRuleException("review.error.copyOutside", recipient);
            }
        }
        long reportId = reportId(task);
        int revision = revisionNumber(task);
        Map<String, Long> sentCopies = new java.util.LinkedHashMap<>();
        for (String recipient : named) {
            if (!copies.existsByReportIdAndRevisionNumberAndRecipient(reportId, revision, recipient)) {
                sentCopies.put(recipient, copies.save(new ReviewCopy(reportId, parkId(task), jurisdiction, revision,
                        recipient, me.username(), me.displayName(), text, clock.instant())).getId());
            }
        }
        List<String> sent = List.copyOf(sentCopies.keySet());
        if (!sent.isEmpty()) {
            audit(task, AuditAction.REVIEW_COPIED, String.join("、", sent.stream()
                    .map(u -> accounts.contact(u).map(AccountDirectory.Contact::displayName).orElse(u)).toList()),
                    AuditDetail.note(text));
            notices.copied(sentCopies, reportId, me.displayName());
        }
        return sent.size();
    }

    /**
     * What colleagues copied to the signed-in reviewer or manager (抄送我的), newest first. Only copies naming this
     * user within their current bureau: a user moved to another bureau no longer sees the old bureau's copies.
     */
    @RolesAllowed({AppRole.REVIEWER_NAME, AppRole.MANAGER_NAME})
    @Transactional(readOnly = true)
    public Page<CopyItem> copiedToMe(Pageable pageable) {
        SignedInUser me = currentUser.require();
        if (me.jurisdictionId() == null) {
            return Page.empty(pageable);
        }
        Pageable newestFirst = pageable.isPaged()
                ? org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("sentAt"), Sort.Order.desc("id")))
                : pageable;
        return copies.findByRecipientAndJurisdictionId(me.username(), me.jurisdictionId(), newestFirst)
                .map(this::toCopyItem);
    }

    /** How many copies the signed-in user has not opened yet. */
    @RolesAllowed({AppRole.REVIEWER_NAME, AppRole.MANAGER_NAME})
    @Transactional(readOnly = true)
    public long unreadCopies() {
        SignedInUser me = currentUser.require();
        return me.jurisdictionId() == null ? 0
                : copies.countByRecipientAndJurisdictionIdAndReadAtIsNull(me.username(), me.jurisdictionId());
    }

    /** Opens a copy: only its recipient, within the bureau it was sent in; the first opening marks it read. */
    @RolesAllowed({AppRole.REVIEWER_NAME, AppRole.MANAGER_NAME})
    public CopyDetail openCopy(long copyId) {
        SignedInUser me = currentUser.require();
        ReviewCopy copy = copies.findById(copyId)
                .filter(c -> c.getRecipient().equals(me.username()))
                .filter(c -> c.getJurisdictionId().equals(me.jurisdictionId()))
                .orElseThrow(() -> new AccessDeniedException("Copy " + copyId + " was not sent to " + me));
        access.requirePark(copy.getParkId());
        copy.markRead(clock.instant());
        return new CopyDetail(toCopyItem(copy), workflow.revision(copy.getReportId(), copy.getRevisionNumber()));
    }

    private List<Colleague> colleagues(long jurisdictionId) {
        String me = currentUser.require().username();
        List<Colleague> colleagues = new ArrayList<>();
        accounts.members(AppRole.REVIEWER, jurisdictionId).stream().filter(c -> !c.username().equals(me))
                .forEach(c -> colleagues.add(new Colleague(c.username(), c.displayName(), false)));
        accounts.members(AppRole.MANAGER, jurisdictionId).stream().filter(c -> !c.username().equals(me))
                .forEach(c -> colleagues.add(new Colleague(c.username(), c.displayName(), true)));
        return colleagues;
    }

    private CopyItem toCopyItem(ReviewCopy copy) {
        AnnualReport report = reports.get(copy.getReportId());
        return new CopyItem(copy.getId(), copy.getReportId(), report.getParkName(), report.getYear(),
                copy.getRevisionNumber(), copy.getSenderName(), copy.getNote(), copy.getSentAt(), copy.isRead());
    }

    private Optional<String> preliminaryApprover(Task task) {
        if (ReviewStage.ofTaskKey(task.getTaskDefinitionKey()) != ReviewStage.FINAL) {
            return Optional.empty();
        }
        return decisions.findFirstByReportIdAndRevisionNumberAndStageAndOutcomeOrderByIdDesc(reportId(task),
                revisionNumber(task), ReviewStage.PRELIMINARY, ReviewDecision.Outcome.APPROVED)
                .map(ReviewDecision::getReviewer);
    }

    private void decide(Task task, ReviewDecision.Outcome outcome, String comment, String decision) {
        SignedInUser me = currentUser.require();
        try {
            management.executeCommand(new TakeTaskForDecision(task.getId()));
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            // Another decision on this task (the reviewer's other tab) committed first.
            throw new BusinessRuleException("review.error.alreadyDecided");
        }
        long reportId = reportId(task);
        ReviewStage stage = ReviewStage.ofTaskKey(task.getTaskDefinitionKey());
        if (comment != null && !comment.isBlank()) {
            saveComment(task, "GENERAL", comment);
        }
        decisions.save(new ReviewDecision(reportId, parkId(task), revisionNumber(task), stage, outcome, me.username(),
                me.displayName(), clock.instant()));
        audit(task, outcome == ReviewDecision.Outcome.APPROVED ? AuditAction.REVIEW_APPROVED : AuditAction.REVIEW_RETURNED,
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
        audit(task, AuditAction.REVIEW_COMMENTED, body.strip());
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

    private void audit(Task task, AuditAction action, Object... details) {
        auditTrail.record(currentUser.require().asActor(), action, ReportService.SUBJECT, reportId(task), parkId(task),
                details);
    }

    private Task requireTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).includeProcessVariables().singleResult();
        if (task == null) {
            throw new BusinessRuleException("review.error.alreadyDecided");
        }
        access.require(ParkAction.REVIEW, parkId(task));
        return task;
    }

    private Task requireOwnTask(String taskId) {
        Task task = requireTask(taskId);
        if (!currentUser.require().username().equals(task.getAssignee())) {
            throw new BusinessRuleException("review.error.notYours");
        }
        return task;
    }

    private ReviewTaskItem toItem(Task task, Instant now) {
        long reportId = reportId(task);
        AnnualReport report = reports.get(reportId);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new ReviewTaskItem(task.getId(), reportId, report.getParkName(), report.getYear(),
                revisionNumber(task), ReviewStage.ofTaskKey(task.getTaskDefinitionKey()),
                task.getCreateTime().toInstant(), due, task.getAssignee(), holderName(task.getAssignee()),
                due != null && due.isBefore(now));
    }

    private String holderName(String username) {
        return username == null ? null
                : accounts.contact(username).map(AccountDirectory.Contact::displayName).orElse(username);
    }

    private static long reportId(Task task) {
        return ((Number) task.getProcessVariables().get("reportId")).longValue();
    }

    private static long parkId(Task task) {
        return ((Number) task.getProcessVariables().get("parkId")).longValue();
    }

    private static long jurisdictionId(Task task) {
        return ((Number) task.getProcessVariables().get("jurisdictionId")).longValue();
    }

    private static int revisionNumber(Task task) {
        return ((Number) task.getProcessVariables().get("revisionNumber")).intValue();
    }
}
