package ecopark.rectification.process;

import ecopark.notification.service.Notice;
import ecopark.notification.service.Notifications;
import ecopark.rectification.domain.RectificationTask;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who hears of each step of a task: the responsible person (or, without an account, the park's staff) when it is
 * handed to them, returned, decided or late; the jurisdiction's managers when something waits for them and when a
 * deadline passes.
 */
@Component
public class RectificationNotices {

    private final Notifications notifications;
    private final OrganisationDirectory directory;

    RectificationNotices(Notifications notifications, OrganisationDirectory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    void assigned(RectificationTask task) {
        toPark(task, notice("rectification.notice.assigned", task, task.getTitle(), task.getResponsibleUnit(),
                task.getDeadline()));
    }

    void awaitingVerification(RectificationTask task) {
        toManagers(task, notice("rectification.notice.awaitingVerification", task, parkName(task), task.getTitle()));
    }

    void closed(RectificationTask task) {
        toPark(task, notice("rectification.notice.closed", task, task.getTitle()));
    }

    void returned(RectificationTask task) {
        toPark(task, notice("rectification.notice.returned", task, task.getTitle(), task.getReturnReason()));
    }

    /** A park asked for more time: the managers decide. */
    public void extensionRequested(RectificationTask task, String requester, LocalDate requested) {
        toManagers(task, notice("rectification.notice.extensionRequested", task, requester, task.getTitle(),
                requested));
    }

    void extensionApproved(RectificationTask task) {
        toPark(task, notice("rectification.notice.extensionApproved", task, task.getTitle(), task.getDeadline()));
    }

    void extensionRejected(RectificationTask task) {
        toPark(task, notice("rectification.notice.extensionRejected", task, task.getTitle(), task.getDeadline()));
    }

    /** The deadline passed unfinished: the responsible person and the managers (docs/product.md). */
    void overdue(RectificationTask task) {
        Notice notice = notice("rectification.notice.overdue", task, parkName(task), task.getTitle(),
                task.getDeadline());
        toPark(task, notice);
        toManagers(task, notice);
    }

    private void toPark(RectificationTask task, Notice notice) {
        if (task.getResponsibleUsername() != null) {
            notifications.send(List.of(task.getResponsibleUsername()), notice);
        } else {
            notifications.sendToRole(AppRole.STAFF, task.getParkId(), notice);
        }
    }

    private void toManagers(RectificationTask task, Notice notice) {
        directory.jurisdictionOfPark(task.getParkId())
                .ifPresent(j -> notifications.sendToRole(AppRole.MANAGER, j, notice));
    }

    private String parkName(RectificationTask task) {
        return directory.parkName(task.getParkId()).orElse("");
    }

    private static Notice notice(String key, RectificationTask task, Object... args) {
        return Notice.of(key, "rectification/" + task.getId(), args);
    }
}
