package ecopark.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import ecopark.base.ui.component.PlainTextGuard;
import ecopark.notice.service.NoticeView;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportAttachmentService;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The year's annual notice in the report editor: its 文号, title and deadlines, the deliverables to upload and the
 * narrative topics to answer, each topic with the notice's prompt and a text field of its own that is saved with the
 * draft. Without a notice it says so (the deadline is then only a local setting, if any).
 */
class NoticePart extends Div {

    private final Map<Long, TextArea> answers = new LinkedHashMap<>();
    private final Map<Long, NoticeView.Topic> topics = new LinkedHashMap<>();

    NoticePart(Optional<NoticeView> notice, AnnualReport report, Map<Long, String> saved, boolean editable,
            ReportAttachmentService attachments, ZoneId zone, Runnable edited, Runnable filesChanged) {
        addClassNames("form-part", "notice-part");
        setId("notice-part");
        if (notice.isEmpty()) {
            add(new H3(getTranslation("report.notice.title")),
                    new Paragraph(getTranslation("report.notice.none", report.getYear())));
            return;
        }
        NoticeView n = notice.get();
        Span number = new Span(n.documentNumber());
        number.setId("notice-number");
        number.addClassName("notice-number");
        add(new H3(getTranslation("report.notice.title")), number, new Paragraph(n.title()));
        Paragraph dates = new Paragraph(getTranslation("report.notice.dates", n.issuedOn().toString(),
                n.parksDeadline().toString(), n.provincesDeadline().toString()));
        dates.setId("notice-dates");
        add(dates);
        if (!n.deliverables().isEmpty()) {
            add(new H4(getTranslation("report.notice.deliverables")));
            n.deliverables().forEach(d -> add(new DeliverablePanel(attachments, report.getId(), d, editable, zone,
                    filesChanged)));
        }
        if (!n.topics().isEmpty()) {
            add(new H4(getTranslation("report.notice.topics")));
        }
        for (NoticeView.Topic topic : n.topics()) {
            // The office's English texts on the English interface, the Chinese ones otherwise or without them. The
            // prompt is shown once, above the field (a placeholder would repeat it and vanish once typing starts).
            String title = topic.titleIn(getLocale());
            TextArea area = new TextArea(title);
            area.setId("topic-" + topic.id());
            area.addClassName("topic-area");
            area.setWidthFull();
            area.setMinHeight("8em");
            area.setMaxHeight("24em");
            area.setValue(saved.getOrDefault(topic.id(), ""));
            area.setReadOnly(!editable);
            // As the narratives: the text reaches the server when the field loses focus, before a click on "save".
            area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            PlainTextGuard.removeControlCharacters(area, title);
            area.addValueChangeListener(e -> {
                showCount(area, topic);
                if (e.isFromClient()) {
                    edited.run();
                }
            });
            showCount(area, topic);
            Paragraph prompt = new Paragraph(topic.promptIn(getLocale()));
            prompt.addClassName("topic-prompt");
            add(prompt, area);
            answers.put(topic.id(), area);
            topics.put(topic.id(), topic);
        }
    }

    /** The answers as typed, by topic id, for the save. */
    Map<Long, String> answers() {
        Map<Long, String> typed = new LinkedHashMap<>();
        answers.forEach((id, area) -> typed.put(id, area.getValue() == null ? "" : area.getValue()));
        return typed;
    }

    /**
     * Marks every answer that cannot be stored (over the narrative limit or with a control character); true when all
     * can. Shorter than the notice's minimum is allowed in a draft: the submission check names it.
     */
    boolean validate() {
        boolean ok = true;
        for (TextArea area : answers.values()) {
            String problem = PlainTextGuard.problem(this, area.getValue(), AnnualReport.NARRATIVE_MAX_LENGTH);
            area.setInvalid(problem != null);
            area.setErrorMessage(problem);
            ok &= problem == null;
        }
        return ok;
    }

    private void showCount(TextArea area, NoticeView.Topic topic) {
        int length = area.getValue() == null ? 0 : area.getValue().strip().codePointCount(0,
                area.getValue().strip().length());
        area.setHelperText(getTranslation("report.notice.topicCount", length, topic.minLength()));
        area.getElement().getClassList().set("topic-short", length < topic.minLength());
    }
}
