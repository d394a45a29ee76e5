package ecopark.notice.service;

import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.PlainText;
import ecopark.base.filestore.FileKind;
import ecopark.notice.domain.AnnualNotice;
import ecopark.notice.domain.NoticeDeliverable;
import ecopark.notice.domain.NoticeTopic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of a notice's form, each refusal naming its field so the form marks it: {@code documentNumber},
 * {@code deliverable.2.fileKinds}, {@code topic.0.minLength}, … The view and the service share the field names.
 */
final class NoticeRules {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 9999;
    /** As long as a narrative section may be (AnnualReport.NARRATIVE_MAX_LENGTH). */
    static final int MAX_MIN_LENGTH = 30_000;

    private NoticeRules() {
    }

    static List<FieldProblem> problems(NoticeDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.reportYear() == null) {
            problems.add(FieldProblem.of("reportYear", "validation.required"));
        } else if (d.reportYear() < MIN_YEAR || d.reportYear() > MAX_YEAR) {
            problems.add(FieldProblem.of("reportYear", "notice.error.year", MIN_YEAR, MAX_YEAR));
        }
        text(problems, "documentNumber", d.documentNumber(), AnnualNotice.DOCUMENT_NUMBER_MAX_LENGTH);
        text(problems, "title", d.title(), AnnualNotice.TITLE_MAX_LENGTH);
        required(problems, "issuedOn", d.issuedOn());
        required(problems, "parksDeadline", d.parksDeadline());
        required(problems, "provincesDeadline", d.provincesDeadline());
        if (d.issuedOn() != null && d.parksDeadline() != null && d.parksDeadline().isBefore(d.issuedOn())) {
            problems.add(FieldProblem.of("parksDeadline", "notice.error.deadlineBeforeIssue"));
        }
        if (d.parksDeadline() != null && d.provincesDeadline() != null
                && d.provincesDeadline().isBefore(d.parksDeadline())) {
            problems.add(FieldProblem.of("provincesDeadline", "notice.error.provincesBeforeParks"));
        }
        for (int i = 0; i < d.deliverables().size(); i++) {
            NoticeView.Deliverable row = d.deliverables().get(i);
            text(problems, "deliverable." + i + ".nameZh", row.nameZh(), NoticeDeliverable.NAME_MAX_LENGTH);
            text(problems, "deliverable." + i + ".nameEn", row.nameEn(), NoticeDeliverable.NAME_MAX_LENGTH);
            if (row.fileKinds().isEmpty()) {
                problems.add(FieldProblem.of("deliverable." + i + ".fileKinds", "notice.error.noFileKind"));
            }
            List<String> known = Arrays.stream(FileKind.values()).flatMap(k -> k.extensions().stream()).toList();
            String field = "deliverable." + i + ".fileKinds";
            row.fileKinds().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> problems.add(
                    FieldProblem.of(field, "notice.error.unknownFileKind", k, String.join(", ", known))));
        }
        for (int i = 0; i < d.topics().size(); i++) {
            NoticeView.Topic row = d.topics().get(i);
            text(problems, "topic." + i + ".title", row.title(), NoticeTopic.TITLE_MAX_LENGTH);
            text(problems, "topic." + i + ".prompt", row.prompt(), NoticeTopic.PROMPT_MAX_LENGTH);
            optionalText(problems, "topic." + i + ".titleEn", row.titleEn(), NoticeTopic.TITLE_MAX_LENGTH);
            optionalText(problems, "topic." + i + ".promptEn", row.promptEn(), NoticeTopic.PROMPT_MAX_LENGTH);
            if (row.minLength() < 1 || row.minLength() > MAX_MIN_LENGTH) {
                problems.add(FieldProblem.of("topic." + i + ".minLength", "notice.error.minLength", 1,
                        MAX_MIN_LENGTH));
            }
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required"));
            return;
        }
        PlainText.check(value, maxLength).ifPresent(p -> problems.add(FieldProblem.of(field, p.key(), p.args())));
    }

    /** An English text may be left out; given, it follows the rules of the Chinese one. */
    private static void optionalText(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value != null && !value.isBlank()) {
            PlainText.check(value, maxLength).ifPresent(p -> problems.add(FieldProblem.of(field, p.key(), p.args())));
        }
    }

    private static void required(List<FieldProblem> problems, String field, LocalDate value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "validation.required"));
        }
    }
}
