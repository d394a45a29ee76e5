package ecopark.report.service;

import ecopark.notice.service.NoticeView;
import ecopark.report.domain.AnnualReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The annual notice's part of the submission check: every required deliverable uploaded as that deliverable and of a
 * kind the notice allows, every narrative topic answered with at least its minimum length. Messages name the notice's
 * 文号 and the deliverable or topic.
 */
final class NoticeCheck {

    private NoticeCheck() {
    }

    static List<SubmissionProblem> problems(Optional<NoticeView> notice, List<AttachmentItem> attachments,
            AnnualReport report) {
        if (notice.isEmpty()) {
            return List.of();
        }
        NoticeView n = notice.get();
        List<SubmissionProblem> problems = new ArrayList<>();
        for (NoticeView.Deliverable deliverable : n.deliverables()) {
            List<AttachmentItem> delivered = attachments.stream()
                    .filter(a -> deliverable.id().equals(a.deliverableId())).toList();
            for (AttachmentItem wrong : delivered.stream().filter(a -> !deliverable.allows(a.fileName())).toList()) {
                // A wrong kind is refused at upload; this catches a notice changed after the upload.
                problems.add(SubmissionProblem.of("report.check.deliverableWrongKind", n.documentNumber(), deliverable,
                        wrong.fileName(), deliverable.kindsText()));
            }
            if (deliverable.required() && delivered.stream().noneMatch(a -> deliverable.allows(a.fileName()))) {
                problems.add(SubmissionProblem.of("report.check.deliverableMissing", n.documentNumber(), deliverable,
                        deliverable.kindsText()));
            }
        }
        for (NoticeView.Topic topic : n.topics()) {
            int length = length(report.topicAnswer(topic.id()));
            if (length == 0) {
                problems.add(SubmissionProblem.of("report.check.topicMissing", n.documentNumber(), topic.title(),
                        topic.minLength()));
            } else if (length < topic.minLength()) {
                problems.add(SubmissionProblem.of("report.check.topicTooShort", n.documentNumber(), topic.title(),
                        topic.minLength(), length));
            }
        }
        return problems;
    }

    /** The frozen record of what the submission delivered for the notice; null without a notice. */
    static NoticeRecord record(Optional<NoticeView> notice, List<AttachmentItem> attachments, AnnualReport report) {
        return notice.map(n -> new NoticeRecord(n.id(), n.revision(), n.documentNumber(), n.parksDeadline(),
                n.topics().stream().map(t -> new NoticeRecord.TopicAnswer(t.id(), t.title(), t.minLength(),
                        report.topicAnswer(t.id()))).toList(),
                n.deliverables().stream().flatMap(d -> attachments.stream()
                        .filter(a -> d.id().equals(a.deliverableId()))
                        .map(a -> new NoticeRecord.DeliveredFile(d.id(), d.nameZh(), d.nameEn(), a.id(),
                                a.fileName())))
                        .toList()))
                .orElse(null);
    }

    /** Characters written, not counting the spaces and line breaks around the text. */
    static int length(String text) {
        if (text == null) {
            return 0;
        }
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length());
    }
}
