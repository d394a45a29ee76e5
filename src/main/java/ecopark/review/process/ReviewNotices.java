package ecopark.review.process;

import ecopark.notification.service.Notice;
import ecopark.notification.service.Notifications;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportService;
import ecopark.review.domain.ReviewStage;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Who hears of each hand-over in a report's review: reviewers when a stage waits for them, the park's staff when
 * their report is claimed, returned or published, the assignee before the due date, and the jurisdiction's managers
 * once it has passed.
 */
@Component
public class ReviewNotices {

    private final Notifications notifications;
    private final ReportService reports;
    private final TaskService tasks;

    ReviewNotices(Notifications notifications, ReportService reports, TaskService tasks) {
        this.notifications = notifications;
        this.reports = reports;
        this.tasks = tasks;
    }

    void stageEntered(long reportId, ReviewStage stage, String reviewerGroup) {
        String key = switch (stage) {
            case PRE_REVIEW -> "notification.review.awaitingPreReview";
            case PRELIMINARY -> "notification.review.awaitingPreliminary";
            case FINAL -> "notification.review.awaitingFinal";
        };
        notifications.sendToGroup(reviewerGroup, notice(key, reportId, "inbox"));
    }

    /** The park's staff learn who took their report. */
    public void claimed(long reportId, long parkId, String reviewerName) {
        AnnualReport report = report(reportId);
        notifications.sendToRole(AppRole.STAFF, parkId, Notice.of("notification.review.claimed",
                "report/" + reportId, report.getParkName(), report.getYear(), reviewerName));
    }

    void returned(long reportId, long parkId) {
        notifications.sendToRole(AppRole.STAFF, parkId, notice("notification.review.returned", reportId,
                "report/" + reportId));
    }

    void published(long reportId, long parkId, long jurisdictionId) {
        notifications.sendToRoles(AppRole.STAFF, parkId, AppRole.MANAGER, jurisdictionId,
                notice("notification.review.published", reportId, "report/" + reportId));
    }

    /** Before the due date: the assignee, or every reviewer of the group while nobody has claimed the task. */
    void dueSoon(String processInstanceId, long reportId, ReviewStage stage, String reviewerGroup) {
        Notice notice = notice("notification.review.dueSoon", reportId, "inbox");
        assignee(processInstanceId, stage).ifPresentOrElse(
                assignee -> notifications.send(List.of(assignee), notice),
                () -> notifications.sendToGroup(reviewerGroup, notice));
    }

    /** After the due date: the jurisdiction's managers, and the assignee if there is one. */
    void overdue(String processInstanceId, long reportId, ReviewStage stage, long jurisdictionId) {
        Notice notice = notice("notification.review.overdue", reportId, "report/" + reportId);
        notifications.sendToRole(AppRole.MANAGER, jurisdictionId, notice);
        List<String> assignee = new ArrayList<>();
        assignee(processInstanceId, stage).ifPresent(assignee::add);
        notifications.send(assignee, Notice.of("notification.review.overdue", "inbox", notice.args().toArray()));
    }

    /** The reviewer a task was handed over to (转办), with the note of the one who handed it over. */
    public void handedOver(String taskId, long reportId, String to, String fromName, String note) {
        AnnualReport report = report(reportId);
        notifications.send(List.of(to), Notice.of("notification.review.handedOver", "review/" + taskId,
                report.getParkName(), report.getYear(), fromName, note == null ? "" : note));
    }

    /** Each colleague a revision was copied to (抄送), for information, with a link to their copy. */
    public void copied(java.util.Map<String, Long> copyIdByRecipient, long reportId, String senderName) {
        AnnualReport report = report(reportId);
        copyIdByRecipient.forEach((recipient, copyId) -> notifications.send(List.of(recipient),
                Notice.of("notification.review.copied", "review/copy/" + copyId, report.getParkName(),
                        report.getYear(), senderName)));
    }

    private java.util.Optional<String> assignee(String processInstanceId, ReviewStage stage) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(stage.taskKey())
                .singleResult();
        return java.util.Optional.ofNullable(task).map(Task::getAssignee);
    }

    private Notice notice(String key, long reportId, String link) {
        AnnualReport report = report(reportId);
        return Notice.of(key, link, report.getParkName(), report.getYear());
    }

    private AnnualReport report(long reportId) {
        return SystemActor.call(() -> reports.get(reportId));
    }
}
