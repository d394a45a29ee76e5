package ecopark.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ContactFormats;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.ui.component.PlainTextGuard;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetImport;
import ecopark.evaluation.service.SheetWorkbook;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.ui.SectionThreeEditor;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.ProgrammeNames;
import ecopark.park.domain.ParkLevel;
import ecopark.park.service.ParkService;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportActions;
import ecopark.report.service.ReportAttachmentService;
import ecopark.report.service.ReportConflictException;
import ecopark.report.service.ParkReminders;
import ecopark.report.service.ReportDeadlines;
import ecopark.base.ui.component.NarrativeText;
import ecopark.report.service.ReportDocuments;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportNotFoundException;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The report editor, laid out like the official disclosure form: 一 basic information, 二 the five narrative
 * sections. Explicit save plus autosave of drafts; a concurrent change by someone else is refused with a message
 * naming who made it, and the user's text stays where it is; leaving with unsaved changes asks first.
 */
@Route("report")
@PermitAll
public class ReportEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle,
        BeforeLeaveObserver {

    static final int AUTOSAVE_INTERVAL_MS = 60_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ReportService reports;
    private final ReportDeadlines deadlines;
    private final ReportAttachmentService attachments;
    private final ReportWorkflow workflow;
    private final IndicatorSheetService sheets;
    private final StatisticsService statistics;
    private final SheetWorkbook workbook;
    private final SheetImport importer;
    private final ParkService parks;
    private final ReportDocuments documents;
    private final AnnualNotices notices;
    private final ProgrammeNames programmes;
    private final Clock clock;
    private final ParkReminders reminders;
    private final Binder<AnnualReport> binder = new Binder<>();

    private final TextField parkName = new TextField();
    private final TextField postalAddress = new TextField();
    private final TextField postcode = new TextField();
    private final RadioButtonGroup<ParkLevel> level = new RadioButtonGroup<>();
    private final RadioButtonGroup<ParkType> type = new RadioButtonGroup<>();
    private final TextField typeNote = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final RadioButtonGroup<ParkStatus> parkStatus = new RadioButtonGroup<>();
    private final Map<NarrativeSection, TextArea> narratives = new EnumMap<>(NarrativeSection.class);

    private final Span saveState = new Span();
    private final Div conflictNotice = new Div();
    private final Button save = new Button();
    private final Div header = new Div();

    private AnnualReport report;
    private SubmissionBar submission;
    private SectionThreeEditor sectionThree;
    private boolean editable;
    private boolean dirty;
    private boolean conflicted;
    private Registration pollRegistration;
    private NarrativeFiguresPart figures;
    private NoticePart noticePart;

    public ReportEditorView(ReportService reports, ReportAttachmentService attachments, ReportWorkflow workflow,
            IndicatorSheetService sheets, StatisticsService statistics, SheetWorkbook workbook, SheetImport importer,
            ParkService parks, ReportDocuments documents, Clock clock,
            ReportDeadlines deadlines, AnnualNotices notices, ProgrammeNames programmes, ParkReminders reminders) {
        this.reminders = reminders;
        this.notices = notices;
        this.programmes = programmes;
        this.documents = documents;
        this.deadlines = deadlines;
        this.sheets = sheets;
        this.statistics = statistics;
        this.workbook = workbook;
        this.importer = importer;
        this.parks = parks;
        this.reports = reports;
        this.workflow = workflow;
        this.attachments = attachments;
        this.clock = clock;
        addClassName("report-editor");
        setMaxWidth("1100px");
        buildFields();
    }

    @Override
    public void setParameter(BeforeEvent event, Long reportId) {
        try {
            load(reports.get(reportId));
        } catch (ReportNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void load(AnnualReport loaded) {
        this.report = loaded;
        ReportActions may = reports.actionsOn(loaded);
        editable = may.edit();
        binder.setBean(loaded);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        typeNote.setVisible(loaded.getType() == ParkType.OTHER);
        conflicted = false;
        conflictNotice.setVisible(false);
        setDirty(false);
        refreshHeader();
        removeAll();
        submission = new SubmissionBar(workflow, loaded, may, this::hasUnsavedChanges, () -> {
            if (hasUnsavedChanges()) {
                save(false);
            }
        },
                () -> load(reports.get(loaded.getId())));
        sectionThree = new SectionThreeEditor(sheets, statistics, workbook, importer, loaded.getId(),
                parks.get(loaded.getParkId()).getConstructionBaseYear(), editable);
        // Section 三 is saved with the rest; only its industry value and the import store on their own, and the
        // submission check follows them. Every edit there counts as unsaved, like a typed narrative.
        sectionThree.setOnChange(() -> {
            submission.refresh();
            updateLeaveWarning();
        });
        sectionThree.setOnEdit(this::updateLeaveWarning);
        // The year's notice: its deliverables are stored as they are uploaded, its topic answers with the draft.
        noticePart = new NoticePart(notices.forYear(loaded.getYear()), loaded, reports.topicAnswers(loaded.getId()),
                editable, attachments, clock.getZone(),
                () -> setDirty(true), () -> submission.refresh());
        // The notice (deadline, deliverables, topics) comes before the submission check, whose list of what is
        // still missing can run to dozens of lines: staff see what the year asks for first.
        add(header, conflictNotice,
                new ReviewPositionPanel(reports.reviewPosition(loaded.getId()), clock.getZone()),
                new FeedbackPanel(reports.reviewFeedback(loaded.getId()), clock.getZone()), noticePart, submission,
                basicInformation(), progress(),
                sectionThree,
                new AttachmentsPanel(attachments, loaded.getId(), editable, clock.getZone()),
                new HistoryPanel(reports.history(loaded.getId()), workflow.revisions(loaded.getId()),
                        clock.getZone()));
        updateLeaveWarning();
    }

    private void buildFields() {
        parkName.setId("park-name");
        postalAddress.setId("postal-address");
        postalAddress.setWidthFull();
        postcode.setId("postcode");
        typeNote.setId("type-note");
        phone.setId("phone");
        email.setId("email");
        save.setId("save-report");
        conflictNotice.setId("conflict-notice");
        // No maxLength: the browser would cut a paste silently. Too long is refused at the field instead, with the
        // limit and the length, and control characters are removed with a message saying how many.
        PlainTextGuard.removeControlCharacters(parkName, getTranslation("report.basic.parkName"));
        PlainTextGuard.removeControlCharacters(postalAddress, getTranslation("report.basic.postalAddress"));
        PlainTextGuard.removeControlCharacters(postcode, getTranslation("report.basic.postcode"));
        PlainTextGuard.removeControlCharacters(typeNote, getTranslation("report.basic.typeNote"));
        PlainTextGuard.removeControlCharacters(phone, getTranslation("report.basic.phone"));
        PlainTextGuard.removeControlCharacters(email, getTranslation("report.basic.email"));

        level.setItems(ParkLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        type.setItems(ParkType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        type.addValueChangeListener(e -> typeNote.setVisible(e.getValue() == ParkType.OTHER));
        parkStatus.setItems(ParkStatus.values());
        parkStatus.setItemLabelGenerator(s -> getTranslation("report.basic.parkStatus." + s.name()));
        parkStatus.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        binder.forField(parkName).asRequired(getTranslation("validation.required"))
                .withValidator(plainText(AnnualReport.PARK_NAME_MAX_LENGTH))
                .bind(AnnualReport::getParkName, AnnualReport::setParkName);
        binder.forField(postalAddress).withValidator(plainText(AnnualReport.ADDRESS_MAX_LENGTH)).bind(AnnualReport::getPostalAddress, AnnualReport::setPostalAddress);
        binder.forField(postcode)
                .withValidator(v -> v == null || v.isBlank() || ContactFormats.isPostcode(v),
                        getTranslation("validation.postcode"))
                .bind(AnnualReport::getPostcode, AnnualReport::setPostcode);
        binder.forField(level).bind(AnnualReport::getLevel, AnnualReport::setLevel);
        binder.forField(type).bind(AnnualReport::getType, AnnualReport::setType);
        binder.forField(typeNote).withValidator(plainText(AnnualReport.TYPE_NOTE_MAX_LENGTH))
                .withValidator(v -> type.getValue() != ParkType.OTHER || (v != null && !v.isBlank()),
                        getTranslation("report.error.typeNoteRequired"))
                .bind(AnnualReport::getTypeNote, AnnualReport::setTypeNote);
        binder.forField(phone).withValidator(plainText(AnnualReport.PHONE_MAX_LENGTH))
                .withValidator(v -> v == null || v.isBlank() || ContactFormats.isPhone(v),
                        getTranslation("validation.phone"))
                .bind(AnnualReport::getPhone, AnnualReport::setPhone);
        binder.forField(email).withValidator(plainText(AnnualReport.EMAIL_MAX_LENGTH))
                .withValidator(v -> v == null || v.isBlank() || ContactFormats.isEmail(v),
                        getTranslation("validation.email"))
                .bind(AnnualReport::getEmail, AnnualReport::setEmail);
        binder.forField(parkStatus).bind(AnnualReport::getParkStatus, AnnualReport::setParkStatus);

        for (NarrativeSection section : NarrativeSection.values()) {
            TextArea area = new TextArea(getTranslation(section.labelKey()));
            area.setId("narrative-" + section.name().toLowerCase().replace('_', '-'));
            area.addClassName("narrative-area");
            area.setWidthFull();
            area.setMinHeight("10em");
            area.setMaxHeight("32em");
            // ON_CHANGE sends the text when the field loses focus, which happens before a click on "save" is handled;
            // a debounced mode could let the click overtake the last keystrokes.
            area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            area.addValueChangeListener(e -> showCount(area));
            PlainTextGuard.removeControlCharacters(area, getTranslation(section.labelKey()));
            binder.forField(area).withValidator(plainText(AnnualReport.NARRATIVE_MAX_LENGTH)).bind(r -> r.narrative(section) == null ? "" : r.narrative(section),
                    (r, v) -> r.setNarrative(section, v));
            narratives.put(section, area);
        }
        binder.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setDirty(true);
            }
        });

        save.setText(getTranslation("action.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(false));
        conflictNotice.addClassName("conflict-notice");
    }

    private void refreshHeader() {
        header.removeAll();
        header.addClassName("editor-header");
        H2 title = new H2(getTranslation("report.editor.title", report.getParkName(), report.getYear()));
        // The form's title as the programme was named for the report's year (data of the notice feature).
        Span formTitle = new Span(getTranslation("publication.form.title",
                programmes.forReportYear(report.getYear()).formTitle(getLocale()), report.getYear()));
        formTitle.setId("form-title");
        formTitle.addClassName("form-title");
        Button preview = new Button(getTranslation("report.preview"), VaadinIcon.EYE.create(), e -> openPreview());
        // The form as a document: a draft PDF (watermarked) for everyone who may see the report, and the public page
        // once it was published.
        HorizontalLayout actions = new HorizontalLayout(ReportStatusBadge.of(this, report.getStatus()), saveState,
                preview);
        if (report.getStatus().isEditable()) {
            // Only a draft (or a returned report) is a draft; a submitted or published form is the record itself.
            Anchor draftPdf = new Anchor(documents.draftPdf(report.getId()),
                    getTranslation("publication.editor.draftPdf"));
            draftPdf.setId("draft-pdf");
            draftPdf.setRouterIgnore(true);
            draftPdf.getElement().setAttribute("download", true);
            actions.add(draftPdf);
        }
        documents.publicPage(report.getId()).ifPresent(page -> {
            Anchor publicPage = new Anchor(page, getTranslation("publication.editor.publicPage"));
            publicPage.setId("public-page");
            publicPage.setRouterIgnore(true);
            publicPage.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
            actions.add(publicPage);
        });
        actions.add(save);
        deadlines.countdown(report.getYear(), report.getStatus())
                .ifPresent(countdown -> actions.addComponentAtIndex(1, DeadlineBadge.of(this, countdown)));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.addClassName("editor-actions");
        saveState.addClassName("save-state");
        saveState.setText(editable ? getTranslation("report.lastSaved", report.getUpdatedBy(),
                TIME.format(report.getUpdatedAt().atZone(clock.getZone()))) : getTranslation("report.readOnly"));
        header.add(title, formTitle, actions);
        if (report.getStatus().isEditable()) {
            ChaseLine.of(this, reminders, report.getParkId(), report.getYear()).ifPresent(line -> {
                line.setId("chase-line");
                header.add(line);
            });
        }
    }

    private Div basicInformation() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.addFormItem(parkName, getTranslation("report.basic.parkName"));
        // A postal address is long: it gets the whole row, so it is never cut off.
        var addressItem = form.addFormItem(postalAddress, getTranslation("report.basic.postalAddress"));
        form.setColspan(addressItem, 2);
        form.addFormItem(postcode, getTranslation("report.basic.postcode"));
        form.addFormItem(level, getTranslation("report.basic.level"));
        var typeItem = form.addFormItem(new Div(type, typeNote), getTranslation("report.basic.type"));
        form.setColspan(typeItem, 2);
        typeNote.setPlaceholder(getTranslation("report.basic.typeNote"));
        form.addFormItem(phone, getTranslation("report.basic.phone"));
        form.addFormItem(email, getTranslation("report.basic.email"));
        var statusItem = form.addFormItem(parkStatus, getTranslation("report.basic.parkStatus"));
        form.setColspan(statusItem, 2);
        Div section = new Div(new H3(getTranslation("report.part.one")), form);
        section.addClassName("form-part");
        return section;
    }

    private Div progress() {
        Div section = new Div(new H3(getTranslation("report.part.two")));
        section.addClassName("form-part");
        if (figures != null) {
            figures.release();
        }
        figures = new NarrativeFiguresPart(report.getParkId(), report.getYear(), narratives, () -> setDirty(true));
        figures.insertButton(editable).ifPresent(section::add);
        narratives.forEach((part, area) -> {
            showCount(area);
            section.add(area, figures.warningsOf(part));
        });
        return section;
    }

    private void showCount(TextArea area) {
        int length = area.getValue() == null ? 0 : area.getValue().length();
        area.setHelperText(getTranslation("report.characterCount", length, AnnualReport.NARRATIVE_MAX_LENGTH));
    }

    private void openPreview() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.preview.title", report.getParkName(), report.getYear()));
        dialog.setWidth("min(900px, 95vw)");
        Div body = new Div();
        body.addClassName("narrative-preview");
        body.add(new H3(getTranslation("report.part.two")));
        narratives.forEach((section, area) -> {
            if (section != NarrativeSection.ACHIEVEMENTS) {
                body.add(new H4(getTranslation(section.labelKey())));
            }
            body.add(new NarrativeText(area.getValue()));
        });
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    /** Refuses a text over its limit (with the limit and the length) or with a control character left in it. */
    private Validator<String> plainText(int maxLength) {
        return (value, context) -> {
            String problem = PlainTextGuard.problem(this, value, maxLength);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        };
    }

    /**
     * Saves everything on the page in one transaction: sections 一 and 二 and section 三's pending edits, statistics
     * included. Nothing is saved while a field is refused (each is marked where it is); a refusal by the services
     * marks its field too, with a summary. An autosave takes the same path but only says quietly that it could not
     * save.
     */
    void save(boolean automatic) {
        if (!editable || conflicted) {
            return;
        }
        boolean fieldsValid = binder.validate().isOk() & noticePart.validate();
        long unreadable = sectionThree.unreadableFields();
        if (!fieldsValid || unreadable > 0) {
            refused(automatic, getTranslation("report.error.fixFields"));
            return;
        }
        try {
            AnnualReport saved = reports.saveDraft(report.getId(),
                    ReportDraft.of(report).withTopicAnswers(noticePart.answers()), sectionThree.edits());
            report = saved;
            binder.setBean(saved);
            setDirty(false);
            sectionThree.saved();
            updateLeaveWarning();
            submission.refresh();
            saveState.removeClassName("save-refused");
            saveState.getElement().removeAttribute("title");
            saveState.setText(getTranslation(automatic ? "report.autosaved" : "report.saved",
                    TIME.format(saved.getUpdatedAt().atZone(clock.getZone()))));
        } catch (ReportConflictException e) {
            showConflict(e);
        } catch (FieldProblemsException e) {
            sectionThree.showProblems(e.problems());
            refused(automatic, getTranslation("editor.save.fieldProblems", e.problems().size(),
                    sectionThree.message(e.problems().get(0))));
        } catch (BusinessRuleException e) {
            refused(automatic, getTranslation(e.messageKey(), e.args()));
        }
    }

    /** Nothing was saved: a notification after a click, a quiet note in the header after an autosave. */
    private void refused(boolean automatic, String why) {
        if (automatic) {
            saveState.addClassName("save-refused");
            saveState.setText(getTranslation("editor.autosave.refused",
                    TIME.format(clock.instant().atZone(clock.getZone()))));
            saveState.getElement().setAttribute("title", why);
        } else {
            notifyError(why);
        }
    }

    private void showConflict(ReportConflictException e) {
        conflicted = true;
        conflictNotice.removeAll();
        Span text = new Span(getTranslation("report.error.conflict", e.changedBy(),
                java.util.Date.from(e.changedAt())));
        Button reload = new Button(getTranslation("report.reloadLatest"), VaadinIcon.REFRESH.create(), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("report.reloadLatest"),
                    getTranslation("report.reloadLatest.confirm"), getTranslation("report.reloadLatest"),
                    ok -> load(reports.get(report.getId())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        conflictNotice.add(text, reload);
        conflictNotice.setVisible(true);
    }

    private void notifyError(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void setDirty(boolean value) {
        dirty = value;
        updateLeaveWarning();
    }

    boolean hasUnsavedChanges() {
        return dirty || (sectionThree != null && sectionThree.hasUnsavedChanges());
    }

    private void updateLeaveWarning() {
        if (submission != null) {
            submission.editsChanged();
        }
        // The browser asks before closing or reloading the tab while there are unsaved changes.
        getElement().executeJs("window.onbeforeunload = $0 ? function(e) { e.preventDefault(); e.returnValue = ''; }"
                + " : null;", hasUnsavedChanges());
    }

    boolean isDirty() {
        return dirty;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!hasUnsavedChanges() || !editable) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("report.leave.title"),
                getTranslation("report.leave.text"), getTranslation("report.leave.discard"), e -> {
                    dirty = false;
                    getElement().executeJs("window.onbeforeunload = null;");
                    action.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("report.leave.stay"));
        confirm.setConfirmButtonTheme("error primary");
        // Staying must end the postponed navigation: left pending, the browser's router waits for it and ignores the
        // side navigation and Back until a reload. Esc counts as staying too.
        confirm.addCancelListener(e -> action.cancel());
        confirm.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(AUTOSAVE_INTERVAL_MS);
        pollRegistration = ui.addPollListener(e -> {
            if (hasUnsavedChanges()) {
                save(true);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        getElement().executeJs("window.onbeforeunload = null;");
    }

    @Override
    public String getPageTitle() {
        return report == null ? getTranslation("nav.reports")
                : getTranslation("report.editor.title", report.getParkName(), report.getYear());
    }
}
