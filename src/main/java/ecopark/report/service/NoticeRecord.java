package ecopark.report.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What a submission was checked against and delivered for the year's annual notice, frozen with the revision: a later
 * edit of the notice changes neither what was checked nor what was answered.
 *
 * @param revision the notice's revision at the submission
 */
public record NoticeRecord(long noticeId, int revision, String documentNumber, LocalDate parksDeadline,
        List<TopicAnswer> topics, List<DeliveredFile> deliverables) {

    public NoticeRecord {
        topics = topics == null ? List.of() : List.copyOf(topics);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
    }

    /** A topic as the notice worded it then, with the park's answer. */
    public record TopicAnswer(long topicId, String title, int minLength, String answer) {
    }

    /** A file the park delivered as one of the notice's deliverables. */
    public record DeliveredFile(long deliverableId, String nameZh, String nameEn, long attachmentId, String fileName) {
    }
}
