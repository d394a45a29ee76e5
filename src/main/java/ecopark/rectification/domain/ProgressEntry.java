package ecopark.rectification.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One progress update of a task: the percentage and a note, by whom and when. Never changed afterwards. */
@Entity
@Table(name = "rectification_progress")
public class ProgressEntry extends AbstractEntity {

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(nullable = false)
    private int percent;

    @Column(length = RectificationTask.NOTE_MAX_LENGTH)
    private String note;

    @Column(nullable = false, length = 50)
    private String author;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProgressEntry() {
    }

    public ProgressEntry(long taskId, int percent, String note, String author, String authorName, Instant recordedAt) {
        this.taskId = taskId;
        this.percent = percent;
        this.note = note;
        this.author = author;
        this.authorName = authorName;
        this.recordedAt = recordedAt;
    }

    public Long getTaskId() {
        return taskId;
    }

    public int getPercent() {
        return percent;
    }

    public String getNote() {
        return note;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
