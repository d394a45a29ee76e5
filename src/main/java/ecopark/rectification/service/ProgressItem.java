package ecopark.rectification.service;

import ecopark.rectification.domain.ProgressEntry;
import java.time.Instant;

/** One progress update as the task page lists it. */
public record ProgressItem(int percent, String note, String authorName, Instant recordedAt) {

    static ProgressItem of(ProgressEntry e) {
        return new ProgressItem(e.getPercent(), e.getNote(), e.getAuthorName(), e.getRecordedAt());
    }
}
