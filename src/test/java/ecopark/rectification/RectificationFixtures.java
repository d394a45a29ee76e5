package ecopark.rectification;

import ecopark.base.filestore.SampleFiles;

import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.EvidenceService;
import ecopark.rectification.service.NewTask;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Rectification tasks for tests, registered through the services as the demo accounts. */
@Component
public class RectificationFixtures {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final TaskCommands registry;
    private final TaskQueries queries;
    private final EvidenceService evidence;
    private final UserDetailsService accounts;
    private final Clock clock;

    RectificationFixtures(TaskCommands registry, TaskQueries queries, EvidenceService evidence, UserDetailsService accounts,
            Clock clock) {
        this.registry = registry;
        this.queries = queries;
        this.evidence = evidence;
        this.accounts = accounts;
        this.clock = clock;
    }

    public SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    public <T> T as(String username, Supplier<T> work) {
        return SystemActor.callAs(user(username), work);
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    public long changchun() {
        return user("cc_staff").parkId();
    }

    public long tianjin() {
        return user("tj_staff").parkId();
    }

    /** A central-inspection task for Changchun, handed down by cc_manager, cc_staff answering for it. */
    public long centralTask(String title, int daysToDeadline) {
        return as("cc_manager", () -> registry.create(new NewTask(changchun(), RectificationSource.CENTRAL_INSPECTION,
                null, title + " #" + NUMBER.incrementAndGet(), "测试用整改任务", "经开区生态环境分局", "王丽", "cc_staff",
                null, LocalDate.now(clock).plusDays(daysToDeadline))));
    }

    /** Uploads a small PDF as cc_staff. */
    public void uploadEvidence(long taskId) {
        as("cc_staff", () -> evidence.upload(taskId, "整改照片.pdf", SampleFiles.pdf()));
    }

    /** Evidence uploaded and the task reported done by cc_staff. */
    public void done(long taskId) {
        uploadEvidence(taskId);
        as("cc_staff", () -> registry.markDone(taskId, "已完成"));
    }

    /** The task's title as registered (the fixtures number their titles). */
    public String title(long taskId) {
        return queries.get(taskId).title();
    }
}
