package ecopark.notice.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What the national office's form sends to issue a notice (id null) or edit one (its id and the version it started
 * from, so a concurrent edit is refused instead of overwritten). Rows with an id keep it, so a report's answer to a
 * topic stays with the topic when the office rewords it.
 */
public record NoticeDraft(Long id, long expectedVersion, Integer reportYear, String documentNumber, String title,
        LocalDate issuedOn, LocalDate parksDeadline, LocalDate provincesDeadline,
        List<NoticeView.Deliverable> deliverables, List<NoticeView.Topic> topics) {

    public NoticeDraft {
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The draft of an existing notice, to edit it. */
    public static NoticeDraft of(NoticeView notice) {
        return new NoticeDraft(notice.id(), notice.version(), notice.reportYear(), notice.documentNumber(),
                notice.title(), notice.issuedOn(), notice.parksDeadline(), notice.provincesDeadline(),
                notice.deliverables(), notice.topics());
    }
}
