package ecopark.review.service;

import ecopark.report.service.ReviewFeedback;
import ecopark.review.domain.ReviewCommentRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.review.process.ReviewProcess;
import ecopark.security.service.AccountDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Hands the reviewers' comments and the report's place in review to the report feature. */
@Component
@Transactional(readOnly = true)
class ReviewFeedbackAdapter implements ReviewFeedback {

    private static final List<String> REVIEW_STEPS = ReviewService.REVIEW_TASK_KEYS;

    private final ReviewCommentRepository comments;
    private final TaskService tasks;
    private final AccountDirectory accounts;
    private final Clock clock;

    ReviewFeedbackAdapter(ReviewCommentRepository comments, TaskService tasks, AccountDirectory accounts,
            Clock clock) {
        this.comments = comments;
        this.tasks = tasks;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public List<Item> forReport(long reportId) {
        return comments.findByReportIdOrderByIdAsc(reportId).stream()
                .map(c -> new Item(c.getAuthorName(), c.getStage().labelKey(), c.getRevisionNumber(), c.getAnchor(),
                        c.getBody(), c.getCreatedAt()))
                .toList();
    }

    @Override
    public Optional<Position> position(long reportId) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.PROCESS_KEY)
                .processInstanceBusinessKey(ReviewService.BUSINESS_KEY_PREFIX + reportId)
                .taskDefinitionKeys(REVIEW_STEPS).list();
        return open.stream().findFirst().map(task -> {
            String holder = task.getAssignee() == null ? null
                    : accounts.contact(task.getAssignee()).map(AccountDirectory.Contact::displayName)
                            .orElse(task.getAssignee());
            Date taken = task.getAssignee() == null ? null : task.getClaimTime();
            Instant since = (taken != null ? taken : task.getCreateTime()).toInstant();
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            return new Position(ReviewStage.ofTaskKey(task.getTaskDefinitionKey()).labelKey(), holder, since, due,
                    due != null && due.isBefore(clock.instant()));
        });
    }
}
