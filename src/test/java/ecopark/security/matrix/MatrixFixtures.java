package ecopark.security.matrix;

import ecopark.desk.service.ParkChases;
import ecopark.HierarchyFixtures;
import ecopark.ReportFixtures;
import ecopark.base.filestore.SampleFiles;
import ecopark.evaluation.domain.FootnoteRepository;
import ecopark.evaluation.service.CatalogueService;
import ecopark.notification.domain.NotificationRepository;
import ecopark.publication.PublicationFixtures;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.EvidenceService;
import ecopark.rectification.service.NewRound;
import ecopark.rectification.service.NewTask;
import ecopark.rectification.service.TaskCommands;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.BasicInformation;
import ecopark.report.service.ReportAttachmentService;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewCopy;
import ecopark.review.domain.ReviewCopyRepository;
import ecopark.review.domain.ReviewDecision;
import ecopark.review.domain.ReviewDecisionRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewCopies;
import ecopark.security.service.ApiTokenService;
import ecopark.security.service.NewApiToken;
import ecopark.review.service.ReviewService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.domain.AppUserRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The objects the access matrix points at, made once per Spring context through the services as the demo accounts
 * would (years 3751–3799, see ReportFixtures): park A's draft report with an attachment, a report waiting for its
 * preliminary review (an open review task; park B has one too), one past it (a decision record), a published form, a rectification task
 * with evidence, an inspection round, a copy (抄送) sent to reviewer-in, a notification of staff A; and park B's
 * counterparts that id guessing aims at.
 */
@Component
public class MatrixFixtures {

    /** Park A: 长春经济技术开发区 (jurisdiction J). Park B: 苏州高新技术产业开发区 (J2). */
    public record Ids(long parkA, long parkB, long jurisdictionA, long reportA, long reportB, long reviewReportA,
            String reviewTaskA, long reviewReportB, String reviewTaskB, long decisionA, long copyA, long copyOfOther, long attachmentA,
            long attachmentB, long rectTaskA, long rectTaskB, long evidenceA, long evidenceB, long roundA,
            long publicationA, long notificationA, long standardId, long footnoteId, long userA, long adminUser,
            long apiTokenA, long provinceA) {
    }

    /** An id no object has. */
    public static final long MISSING = 987_654_321L;

    private final ReportFixtures reportFixtures;
    private final PublicationFixtures publicationFixtures;
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final ReviewService review;
    private final ReviewCopies reviewCopies;
    private final ApiTokenService apiTokens;
    private final ReportAttachmentService attachments;
    private final TaskCommands registry;
    private final EvidenceService evidence;
    private final CatalogueService catalogue;
    private final ReviewDecisionRepository decisions;
    private final ReviewCopyRepository copies;
    private final NotificationRepository notifications;
    private final FootnoteRepository footnotes;
    private final AppUserRepository users;
    private final UserDetailsService accounts;
    private final Clock clock;
    private final org.flowable.engine.TaskService flowableTasks;
    private final HierarchyFixtures hierarchy;
    private final ParkChases chases;

    private Ids ids;

    MatrixFixtures(ReportFixtures reportFixtures, PublicationFixtures publicationFixtures, ReportService reports,
            ReportWorkflow workflow, ReviewService review, ReviewCopies reviewCopies, ApiTokenService apiTokens,
            ReportAttachmentService attachments,
            TaskCommands registry, EvidenceService evidence, CatalogueService catalogue,
            ReviewDecisionRepository decisions, ReviewCopyRepository copies, NotificationRepository notifications,
            FootnoteRepository footnotes, AppUserRepository users, UserDetailsService accounts, Clock clock,
            org.flowable.engine.TaskService flowableTasks, HierarchyFixtures hierarchy, ParkChases chases) {
        this.hierarchy = hierarchy;
        this.chases = chases;
        this.reportFixtures = reportFixtures;
        this.publicationFixtures = publicationFixtures;
        this.reports = reports;
        this.workflow = workflow;
        this.review = review;
        this.reviewCopies = reviewCopies;
        this.apiTokens = apiTokens;
        this.attachments = attachments;
        this.registry = registry;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.copies = copies;
        this.notifications = notifications;
        this.footnotes = footnotes;
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
        this.flowableTasks = flowableTasks;
    }

    public SignedInUser user(Actor actor) {
        hierarchy.tree(); // the accounts above park A's city exist before anyone signs in as them
        return (SignedInUser) accounts.loadUserByUsername(actor.username());
    }

    /** Runs work as the actor; the anonymous actor runs it with an empty security context. */
    public <T> T as(Actor actor, Supplier<T> work) {
        if (actor.isAnonymous()) {
            var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            com.vaadin.flow.internal.CurrentInstance.clearAll();
            try {
                return work.get();
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
            }
        }
        return SystemActor.callAs(user(actor), work);
    }

    public synchronized Ids ids() {
        if (ids == null) {
            ids = create();
        }
        return ids;
    }

    private Ids create() {
        SignedInUser staffA = user(Actor.STAFF_A);
        SignedInUser staffB = user(Actor.STAFF_B);
        long parkA = staffA.parkId();
        long parkB = staffB.parkId();
        long jurisdictionA = user(Actor.MANAGER_IN).jurisdictionId();

        long reportA = reportFixtures.completeReport(staffA, 3751);
        long reportB = as(Actor.STAFF_B, () -> reports.create(parkB, 3751).getId());
        long attachmentA = as(Actor.STAFF_A, () -> attachments.upload(reportA, "佐证材料.pdf", SampleFiles.pdf()).id());
        long attachmentB = as(Actor.STAFF_B, () -> attachments.upload(reportB, "佐证材料.pdf", SampleFiles.pdf()).id());

        // A report waiting for its preliminary review: the open, unclaimed task reviewers act on.
        long reviewReportA = reportFixtures.completeReport(staffA, 3752);
        as(Actor.STAFF_A, () -> workflow.submit(reviewReportA));
        String reviewTaskA = taskOf(Actor.REVIEWER_IN, reviewReportA);
        // Copies of it: one to reviewer-in, one to a colleague (someone else's copy, for id guessing).
        as(Actor.REVIEWER_IN, () -> reviewCopies.copy(reviewTaskA, List.of("cc_manager", "cc_reviewer2"), "请阅"));
        SignedInUser colleague = (SignedInUser) accounts.loadUserByUsername("cc_reviewer2");
        SystemActor.callAs(colleague, () -> reviewCopies.copy(reviewTaskA, List.of("cc_reviewer1"), "请阅"));
        long copyA = copyFor("cc_reviewer1", jurisdictionA, reviewReportA);
        long copyOfOther = copyFor("cc_reviewer2", jurisdictionA, reviewReportA);
        // Park B's report waiting for its preliminary review in J2: the review task id guessing aims at.
        long reviewReportB = reportFixtures.completeReport(staffB, 3752);
        reportFixtures.recordStatistics(staffB, 2011, "0.8"); // Suzhou's construction base year, for the rates
        as(Actor.STAFF_B, () -> {
            // The demo has no basic information nor base-year figures for Suzhou: the fields the submission check asks for.
            ReportDraft draft = ReportDraft.of(reports.get(reviewReportB));
            BasicInformation basic = new BasicInformation("苏州高新技术产业开发区", "苏州市高新区科灵路 78 号", "215163",
                    ParkLevel.NATIONAL, ParkType.HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE, null, "0512-68751234",
                    "sz@example.cn", ParkStatus.NAMED);
            return reports.saveDraft(reviewReportB, new ReportDraft(draft.expectedVersion(), basic,
                    draft.narratives()));
        });
        as(Actor.STAFF_B, () -> {
            var problems = workflow.submissionProblems(reviewReportB);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Park B's report cannot be submitted: " + problems);
            }
            return workflow.submit(reviewReportB);
        });
        String reviewTaskB = flowableTasks.createTaskQuery().processInstanceBusinessKey("report:" + reviewReportB)
                .singleResult().getId();

        // A report past its preliminary review: its decision record.
        long decidedReportA = reportFixtures.completeReport(staffA, 3753);
        as(Actor.STAFF_A, () -> workflow.submit(decidedReportA));
        String preliminary = taskOf(Actor.REVIEWER_IN, decidedReportA);
        as(Actor.REVIEWER_IN, () -> {
            review.claim(preliminary);
            review.approve(preliminary, "同意");
            return null;
        });
        long decisionA = decisions.findFirstByReportIdAndRevisionNumberAndStageAndOutcomeOrderByIdDesc(decidedReportA,
                1, ReviewStage.PRELIMINARY, ReviewDecision.Outcome.APPROVED).orElseThrow().getId();

        long rectTaskA = as(Actor.MANAGER_IN, () -> registry.create(new NewTask(parkA,
                RectificationSource.CENTRAL_INSPECTION, null, "访问矩阵整改任务", "矩阵测试用", "经开区生态环境分局", "王丽",
                "cc_staff", null, LocalDate.now(clock).plusDays(40))));
        long rectTaskB = as(Actor.MANAGER_OUT, () -> registry.create(new NewTask(parkB,
                RectificationSource.CENTRAL_INSPECTION, null, "访问矩阵整改任务", "矩阵测试用", "苏州高新区环保局", "周敏",
                "sz_staff", null, LocalDate.now(clock).plusDays(40))));
        long evidenceA = as(Actor.STAFF_A, () -> evidence.upload(rectTaskA, "整改照片.pdf", SampleFiles.pdf()).id());
        long evidenceB = as(Actor.STAFF_B, () -> evidence.upload(rectTaskB, "整改照片.pdf", SampleFiles.pdf()).id());
        long roundA = as(Actor.MANAGER_IN, () -> registry.createRound(new NewRound(null,
                RectificationSource.CENTRAL_INSPECTION, "访问矩阵轮次 " + System.nanoTime(), LocalDate.now(clock)))
                .id());

        // 催办 of each park by its province, for the lists of reminders
        as(Actor.MANAGER_PROVINCE, () -> chases.chase(List.of(parkA), 3751));
        as(Actor.MANAGER_OUT, () -> chases.chase(List.of(parkB), 3751));

        long publishedReportA = reportFixtures.completeReport(staffA, 3798);
        publicationFixtures.submitAndApprove(publishedReportA);
        long publicationA = publicationFixtures.currentPublicationOf(publishedReportA).getId();

        long notificationA = notifications.findForRecipient("cc_staff", PageRequest.of(0, 1)).getContent().get(0)
                .getId();
        long standardId = as(Actor.ADMIN, () -> catalogue.active().standardId());
        long footnoteId = footnotes.findByStandardIdOrderByMark(standardId).get(0).getId();
        long userA = users.findByUsername("cc_staff").orElseThrow().getId();
        // An API token acting as park A's staff member, for the administrator's token screen.
        long apiTokenA = as(Actor.ADMIN, () -> apiTokens.issue(new NewApiToken("访问矩阵令牌", userA, null)).token().id());
        long adminUser = users.findByUsername("admin").orElseThrow().getId();
        return new Ids(parkA, parkB, jurisdictionA, reportA, reportB, reviewReportA, reviewTaskA, reviewReportB,
                reviewTaskB,
                decisionA, copyA, copyOfOther, attachmentA, attachmentB, rectTaskA, rectTaskB, evidenceA, evidenceB,
                roundA, publicationA, notificationA, standardId, footnoteId, userA, adminUser, apiTokenA,
                hierarchy.tree().province());
    }

    private String taskOf(Actor reviewer, long reportId) {
        return as(reviewer, () -> review.inbox(ReviewStage.PRELIMINARY, false, PageRequest.of(0, 500)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    private long copyFor(String recipient, long jurisdictionId, long reportId) {
        return copies.findByRecipientAndJurisdictionId(recipient, jurisdictionId, PageRequest.of(0, 500)).stream()
                .filter(c -> c.getReportId() == reportId).map(ReviewCopy::getId).findFirst().orElseThrow();
    }
}
