package ecopark.notice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.base.domain.FieldProblem;
import ecopark.base.ui.component.DatePickers;
import ecopark.base.ui.component.PlainTextGuard;
import ecopark.notice.service.NoticeDraft;
import ecopark.notice.service.NoticeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notice's fields: 文号, title, dates and the deliverables and topics as rows that can be added and removed. The
 * service's refusals are shown at their fields ({@link #show(List)}); read-only for those who only read notices.
 */
class NoticeForm extends Div {

    /** The file kinds a notice usually asks for; any kind the file store accepts may be chosen. */
    static final List<String> KINDS = List.of("pdf", "docx", "xlsx", "doc", "xls", "jpg", "png", "zip");

    final IntegerField reportYear = new IntegerField();
    final TextField documentNumber = new TextField();
    final TextField title = new TextField();
    final DatePicker issuedOn = DatePickers.configure(new DatePicker());
    final DatePicker parksDeadline = DatePickers.configure(new DatePicker());
    final DatePicker provincesDeadline = DatePickers.configure(new DatePicker());
    final List<DeliverableRow> deliverables = new ArrayList<>();
    final List<TopicRow> topics = new ArrayList<>();
    final Button addDeliverable = new Button();
    final Button addTopic = new Button();

    private final Div deliverableRows = new Div();
    private final Div topicRows = new Div();
    private final boolean editable;
    private Long id;
    private long version;

    NoticeForm(boolean editable) {
        this.editable = editable;
        addClassName("notice-form");
        reportYear.setId("notice-year");
        documentNumber.setId("notice-number");
        title.setId("notice-title");
        issuedOn.setId("notice-issued");
        parksDeadline.setId("notice-parks-deadline");
        provincesDeadline.setId("notice-provinces-deadline");
        title.setWidthFull();
        for (Component c : List.of(reportYear, documentNumber, issuedOn, parksDeadline, provincesDeadline)) {
            ((com.vaadin.flow.component.HasSize) c).setWidthFull();
        }
        PlainTextGuard.removeControlCharacters(documentNumber, getTranslation("notice.documentNumber"));
        PlainTextGuard.removeControlCharacters(title, getTranslation("notice.title"));
        FormLayout form = new FormLayout();
        // Labels above the fields on a phone, beside them from a tablet's width: a label beside a field leaves the
        // field too little room in a narrow dialog.
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1, FormLayout.ResponsiveStep.LabelsPosition.TOP),
                new FormLayout.ResponsiveStep("600px", 3));
        form.addFormItem(reportYear, getTranslation("notice.reportYear"));
        // A 文号 such as 科财函〔2021〕00号（演示） needs more than a third of the row.
        form.setColspan(form.addFormItem(documentNumber, getTranslation("notice.documentNumber")), 2);
        form.setColspan(form.addFormItem(title, getTranslation("notice.title")), 3);
        form.addFormItem(issuedOn, getTranslation("notice.issuedOn"));
        form.addFormItem(parksDeadline, getTranslation("notice.parksDeadline"));
        form.addFormItem(provincesDeadline, getTranslation("notice.provincesDeadline"));
        addDeliverable.setText(getTranslation("notice.deliverable.add"));
        addDeliverable.setIcon(VaadinIcon.PLUS.create());
        addDeliverable.setId("add-deliverable");
        addDeliverable.addClickListener(e -> addDeliverable(new NoticeView.Deliverable(null, "", "",
                List.of("pdf", "docx"), true)));
        addTopic.setText(getTranslation("notice.topic.add"));
        addTopic.setIcon(VaadinIcon.PLUS.create());
        addTopic.setId("add-topic");
        addTopic.addClickListener(e -> addTopic(new NoticeView.Topic(null, "", "", 500)));
        addDeliverable.setVisible(editable);
        addTopic.setVisible(editable);
        add(form, new H4(getTranslation("notice.deliverables")), deliverableRows, addDeliverable,
                new H4(getTranslation("notice.topics")), topicRows, addTopic);
        setReadOnly();
    }

    void read(NoticeView notice) {
        id = notice.id();
        version = notice.version();
        reportYear.setValue(notice.reportYear());
        reportYear.setReadOnly(true); // a notice's year is what reports find it by
        documentNumber.setValue(notice.documentNumber());
        title.setValue(notice.title());
        issuedOn.setValue(notice.issuedOn());
        parksDeadline.setValue(notice.parksDeadline());
        provincesDeadline.setValue(notice.provincesDeadline());
        notice.deliverables().forEach(this::addDeliverable);
        notice.topics().forEach(this::addTopic);
        setReadOnly();
    }

    NoticeDraft draft() {
        return new NoticeDraft(id, version, reportYear.getValue(), documentNumber.getValue(), title.getValue(),
                issuedOn.getValue(), parksDeadline.getValue(), provincesDeadline.getValue(),
                deliverables.stream().map(DeliverableRow::value).toList(),
                topics.stream().map(TopicRow::value).toList());
    }

    /** Marks every refused field with its message; clears the marks of the others. */
    void show(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = fields();
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        for (FieldProblem p : problems) {
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(p.key(), p.args().toArray()));
                field.setInvalid(true);
            }
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("reportYear", reportYear);
        fields.put("documentNumber", documentNumber);
        fields.put("title", title);
        fields.put("issuedOn", issuedOn);
        fields.put("parksDeadline", parksDeadline);
        fields.put("provincesDeadline", provincesDeadline);
        for (int i = 0; i < deliverables.size(); i++) {
            DeliverableRow row = deliverables.get(i);
            fields.put("deliverable." + i + ".nameZh", row.nameZh);
            fields.put("deliverable." + i + ".nameEn", row.nameEn);
            fields.put("deliverable." + i + ".fileKinds", row.kinds);
        }
        for (int i = 0; i < topics.size(); i++) {
            TopicRow row = topics.get(i);
            fields.put("topic." + i + ".title", row.title);
            fields.put("topic." + i + ".prompt", row.prompt);
            fields.put("topic." + i + ".titleEn", row.titleEn);
            fields.put("topic." + i + ".promptEn", row.promptEn);
            fields.put("topic." + i + ".minLength", row.minLength);
        }
        return fields;
    }

    private void addDeliverable(NoticeView.Deliverable value) {
        DeliverableRow row = new DeliverableRow(value);
        deliverables.add(row);
        deliverableRows.add(row);
    }

    private void addTopic(NoticeView.Topic value) {
        TopicRow row = new TopicRow(value);
        topics.add(row);
        topicRows.add(row);
    }

    private void setReadOnly() {
        for (Component c : List.of(documentNumber, title, issuedOn, parksDeadline, provincesDeadline)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(!editable);
        }
        if (!editable) {
            reportYear.setReadOnly(true);
        }
    }

    /** One deliverable: its name in Chinese and English, the allowed kinds, required or not. */
    class DeliverableRow extends HorizontalLayout {

        final TextField nameZh = new TextField(getTranslation("notice.deliverable.nameZh"));
        final TextField nameEn = new TextField(getTranslation("notice.deliverable.nameEn"));
        final CheckboxGroup<String> kinds = new CheckboxGroup<>(getTranslation("notice.deliverable.kinds"));
        final Checkbox required = new Checkbox(getTranslation("notice.deliverable.required"));
        private final Long rowId;

        DeliverableRow(NoticeView.Deliverable value) {
            rowId = value.id();
            addClassName("deliverable-row");
            nameZh.setValue(value.nameZh());
            nameEn.setValue(value.nameEn());
            nameZh.addClassName("notice-name");
            nameEn.addClassName("notice-name");
            PlainTextGuard.removeControlCharacters(nameZh, nameZh.getLabel());
            PlainTextGuard.removeControlCharacters(nameEn, nameEn.getLabel());
            kinds.setItems(KINDS);
            kinds.setValue(new java.util.LinkedHashSet<>(value.fileKinds()));
            required.setValue(value.required());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                deliverables.remove(this);
                deliverableRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("notice.deliverable.remove"));
            remove.setVisible(editable);
            nameZh.setReadOnly(!editable);
            nameEn.setReadOnly(!editable);
            kinds.setReadOnly(!editable);
            required.setReadOnly(!editable);
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            add(nameZh, nameEn, kinds, required, remove);
        }

        NoticeView.Deliverable value() {
            // In the order of KINDS, so the stored list reads the same however the boxes were ticked.
            List<String> chosen = KINDS.stream().filter(kinds.getValue()::contains).toList();
            return new NoticeView.Deliverable(rowId, nameZh.getValue(), nameEn.getValue(), chosen,
                    required.getValue());
        }
    }

    /**
     * One topic: its title and the prompt staff see, each in Chinese and (optionally) English, and the minimum length
     * of the answer.
     */
    class TopicRow extends Div {

        final TextField title = new TextField(getTranslation("notice.topic.title"));
        final TextField titleEn = new TextField(getTranslation("notice.topic.titleEn"));
        final TextArea prompt = new TextArea(getTranslation("notice.topic.prompt"));
        final TextArea promptEn = new TextArea(getTranslation("notice.topic.promptEn"));
        final IntegerField minLength = new IntegerField(getTranslation("notice.topic.minLength"));
        private final Long rowId;

        TopicRow(NoticeView.Topic value) {
            rowId = value.id();
            addClassName("topic-row");
            title.setValue(value.title());
            titleEn.setValue(value.titleEn() == null ? "" : value.titleEn());
            title.addClassName("notice-name");
            titleEn.addClassName("notice-name");
            prompt.setValue(value.prompt());
            prompt.setWidthFull();
            promptEn.setValue(value.promptEn() == null ? "" : value.promptEn());
            promptEn.setWidthFull();
            minLength.setValue(value.minLength());
            minLength.setMin(1);
            minLength.setWidth("10em");
            PlainTextGuard.removeControlCharacters(title, title.getLabel());
            PlainTextGuard.removeControlCharacters(titleEn, titleEn.getLabel());
            PlainTextGuard.removeControlCharacters(prompt, prompt.getLabel());
            PlainTextGuard.removeControlCharacters(promptEn, promptEn.getLabel());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                topics.remove(this);
                topicRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("notice.topic.remove"));
            remove.setVisible(editable);
            title.setReadOnly(!editable);
            titleEn.setReadOnly(!editable);
            prompt.setReadOnly(!editable);
            promptEn.setReadOnly(!editable);
            minLength.setReadOnly(!editable);
            HorizontalLayout line = new HorizontalLayout(title, titleEn, minLength, remove);
            line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            line.setWrap(true);
            line.setWidthFull();
            add(line, prompt, promptEn);
        }

        NoticeView.Topic value() {
            return new NoticeView.Topic(rowId, title.getValue(), titleEn.getValue(), prompt.getValue(),
                    promptEn.getValue(),
                    minLength.getValue() == null ? 0 : minLength.getValue());
        }
    }
}
