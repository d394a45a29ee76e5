package ecopark.review.service;

import ecopark.review.domain.ReviewStage;
import java.time.Instant;

/**
 * A review task as the inbox lists it; who holds it by account and by name (both null while nobody has taken it);
 * {@code stageBureau} names the bureau whose stage it is (长春市生态环境局 for a 预审); {@code mayTake} is false for a
 * 复核 the reviewer may not take because they approved its 初审 (four eyes), so the inbox offers no 受理 then.
 */
public record ReviewTaskItem(String taskId, long reportId, String parkName, int year, int revisionNumber,
        ReviewStage stage, Instant submittedAt, Instant dueAt, String assignee, String assigneeName, boolean overdue,
        String stageBureau, boolean mayTake) {
}
