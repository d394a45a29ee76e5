package ecopark.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.domain.RuleKind;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.SheetImport;
import ecopark.evaluation.service.SheetImportProblem;
import ecopark.evaluation.service.SheetImportResult;
import ecopark.evaluation.service.SheetView;
import ecopark.evaluation.service.SheetWorkbook;
import ecopark.evaluation.service.StatisticSpec;
import ecopark.evaluation.service.StatisticYears;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.service.YearlyValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Section 三 of the form in the report editor: the indicator table in the catalogue's order and categories
 * (mandatory rows fixed, optional rows selectable, an input per entered row that fits its kind), the yearly
 * statistics the computed rows need, and the live evaluation. Values go straight to the evaluation services, which
 * check access, editability and values; a refusal is shown at the field. The selection of optional indicators is
 * saved as a whole ("save selection"), because the standard's rules (at least six optional indicators, the groups,
 * last year's selection) hold for the whole selection, not for each tick. The section can also be exported as an
 * Excel template and imported back after filling it offline.
 */
public class SectionThreeEditor extends Composite<Div> {

    private final IndicatorSheetService sheets;
    private final StatisticsService statistics;
    private final SheetWorkbook workbook;
    private final SheetImport importer;
    private final long reportId;
    private final boolean editable;
    private final int baseYear;
    private final Locale locale;
    private final Div table = new Div();
    private final Div selectionBar = new Div();
    private final Div statisticsHolder = new Div();
    private final Div results = new Div();
    private final TextField changeReason = new TextField();
    private final Span selectionState = new Span();
    private final Button applySelection = new Button();
    private final Span importMessage = new Span();
    private final Div importProblems = new Div();
    private SheetView sheet;
    private Catalogue catalogue;
    private Set<String> pendingSelection = new TreeSet<>();
    private boolean statisticsChanged;
    private Runnable onChange = () -> { };

    public SectionThreeEditor(IndicatorSheetService sheets, StatisticsService statistics, SheetWorkbook workbook,
            SheetImport importer, long reportId, int baseYear, boolean editable) {
        this.sheets = sheets;
        this.statistics = statistics;
        this.workbook = workbook;
        this.importer = importer;
        this.reportId = reportId;
        this.baseYear = baseYear;
        this.editable = editable;
        this.locale = getLocale();
        Div root = getContent();
        root.addClassNames("form-part", "section-three");
        root.setId("section-three");
        reload();
        changeReason.setLabel(getTranslation("evaluation.editor.changeReason"));
        changeReason.setWidthFull();
        changeReason.setId("selection-change-reason");
        changeReason.setValue(sheet.selectionChangeReason() == null ? "" : sheet.selectionChangeReason());
        changeReason.setReadOnly(!editable);
        changeReason.addValueChangeListener(e -> showSelectionState());
        root.add(new H3(getTranslation("evaluation.editor.title")),
                new Span(getTranslation("evaluation.editor.standard", sheet.standardCode())), workbookBar(), table,
                selectionBar(), statisticsHolder, new H4(getTranslation("evaluation.editor.results")), results);
        render();
    }

    /** Called after every change this section saved, e.g. to re-run the report's submission check. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    /** Whether a ticked selection or typed statistics are not saved yet (the editor warns before leaving). */
    public boolean hasUnsavedChanges() {
        return editable && (!pendingSelection.equals(storedSelection()) || statisticsChanged);
    }

    private void reload() {
        sheet = sheets.sheet(reportId);
        catalogue = sheets.catalogueOf(reportId);
    }

    /** Rebuilds everything from the stored sheet and statistics, e.g. after an import. */
    private void render() {
        pendingSelection = new TreeSet<>(storedSelection());
        renderTable();
        statisticsHolder.removeAll();
        statisticsHolder.add(statisticsForm());
        statisticsChanged = false;
        showSelectionState();
        refreshResults();
    }

    private void renderTable() {
        table.removeAll();
        table.addClassName("indicator-table");
        Map<String, SheetView.Entry> entries = sheet.entries().stream()
                .collect(Collectors.toMap(SheetView.Entry::code, e -> e));
        catalogue.categories().forEach(category -> {
            List<IndicatorSpec> rows = catalogue.indicators().stream()
                    .filter(i -> i.categoryId() == category.id()).toList();
            if (rows.isEmpty()) {
                return;
            }
            table.add(new H4(category.name().in(locale)));
            rows.forEach(indicator -> table.add(row(indicator, entries.get(indicator.code()))));
        });
    }

    private void refreshResults() {
        results.removeAll();
        results.add(new EvaluationPanel(sheets.evaluate(reportId), catalogue));
    }

    private Div row(IndicatorSpec indicator, SheetView.Entry entry) {
        Div row = new Div();
        row.addClassName("indicator-row");
        row.setId("indicator-" + indicator.code());
        Span number = new Span(indicator.code());
        number.addClassName("number");
        Span name = new Span(indicator.name().in(locale) + (indicator.footnoteMarks() == null ? ""
                : " " + indicator.footnoteMarks()));
        name.addClassName("name");
        Span requirement = new Span(indicator.requirement().in(locale) + " " + indicator.unit().in(locale));
        requirement.addClassName("requirement");
        row.add(number, name, requirement, assessed(indicator, entry));
        boolean assessed = indicator.isMandatory() || (entry != null && entry.selected());
        if (assessed) {
            Component input = input(indicator, entry);
            row.add(indicator.industryOverride() ? new Div(input, overrideButton(indicator, entry)) : input);
        }
        return row;
    }

    /**
     * HJ 274-2015 footnote a: where one industry makes more than 70% of the park's industrial output, its
     * clean-production level-1 value replaces the threshold, with the industry and the reason.
     */
    private Component overrideButton(IndicatorSpec indicator, SheetView.Entry entry) {
        boolean present = entry != null && entry.overrideThreshold() != null;
        Button open = new Button(present
                ? getTranslation("sectionThree.override.current",
                        entry.overrideThreshold().stripTrailingZeros().toPlainString(), entry.overrideIndustry())
                : getTranslation("sectionThree.override.open"));
        open.setId("override-" + indicator.code());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        open.setEnabled(editable || present);
        open.addClickListener(e -> overrideDialog(indicator, entry).open());
        return open;
    }

    private Dialog overrideDialog(IndicatorSpec indicator, SheetView.Entry entry) {
        Dialog dialog = new Dialog();
        dialog.setId("override-dialog");
        dialog.setHeaderTitle(getTranslation("sectionThree.override.title", indicator.code(),
                indicator.name().in(locale)));
        dialog.setWidth("min(36em, 95vw)");
        BigDecimalField threshold = new BigDecimalField(getTranslation("sectionThree.override.threshold"));
        threshold.setId("override-threshold");
        threshold.setSuffixComponent(new Span(indicator.unit().in(locale)));
        TextField industry = new TextField(getTranslation("sectionThree.override.industry"));
        industry.setId("override-industry");
        industry.setMaxLength(ecopark.evaluation.domain.SheetEntry.INDUSTRY_MAX_LENGTH);
        // Footnote a's condition as a number, checked by the service against 70 %.
        BigDecimalField share = new BigDecimalField(getTranslation("facts.overrideShare"));
        share.setId("override-industry-share");
        share.setHelperText(getTranslation("facts.overrideShare.helper"));
        share.setSuffixComponent(new Span("%"));
        share.setWidthFull();
        share.setReadOnly(!editable);
        com.vaadin.flow.component.textfield.TextArea reason = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("sectionThree.override.reason"));
        reason.setId("override-reason");
        reason.setMaxLength(ecopark.evaluation.domain.SheetEntry.REASON_MAX_LENGTH);
        threshold.setWidthFull();
        industry.setWidthFull();
        reason.setWidthFull();
        threshold.setReadOnly(!editable);
        industry.setReadOnly(!editable);
        reason.setReadOnly(!editable);
        if (entry != null && entry.overrideThreshold() != null) {
            threshold.setValue(entry.overrideThreshold());
            industry.setValue(entry.overrideIndustry());
            share.setValue(entry.overrideIndustryShare());
            reason.setValue(entry.overrideReason());
        }
        Span error = new Span();
        error.setId("override-error");
        error.addClassName("error");
        Span explanation = new Span(getTranslation("sectionThree.override.explanation"));
        explanation.addClassName("hint");
        dialog.add(new Div(explanation), threshold, industry, share, reason, error);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel);
        if (editable) {
            Button clear = new Button(getTranslation("sectionThree.override.clear"), e -> overrideChanged(dialog, error,
                    () -> sheets.clearOverride(reportId, indicator.code())));
            clear.setId("override-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_ERROR);
            clear.setVisible(entry != null && entry.overrideThreshold() != null);
            Button save = new Button(getTranslation("action.save"), e -> overrideChanged(dialog, error,
                    () -> sheets.overrideThreshold(reportId, indicator.code(), threshold.getValue(),
                            industry.getValue(), share.getValue(), reason.getValue())));
            save.setId("override-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(clear, save);
        }
        return dialog;
    }

    /** Saves or removes an override; a refusal stays in the dialog with everything typed. */
    private void overrideChanged(Dialog dialog, Span error, Runnable change) {
        try {
            change.run();
            dialog.close();
            reload();
            renderTable();
            refreshResults();
            onChange.run();
        } catch (BusinessRuleException ex) {
            error.setText(getTranslation(ex.messageKey(), ex.args()));
        }
    }

    private Component assessed(IndicatorSpec indicator, SheetView.Entry entry) {
        if (indicator.isMandatory()) {
            Span mandatory = new Span(getTranslation("evaluation.editor.mandatory"));
            mandatory.addClassName("mandatory");
            return mandatory;
        }
        Checkbox selected = new Checkbox(getTranslation("evaluation.editor.assessed"), entry != null && entry.selected());
        selected.setId("select-" + indicator.code());
        selected.setReadOnly(!editable);
        selected.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue()) {
                pendingSelection.add(indicator.code());
            } else {
                pendingSelection.remove(indicator.code());
            }
            showSelectionState();
        });
        return selected;
    }

    /** The count of optional indicators, the reason field when the selection differs from last year, and "save". */
    private Div selectionBar() {
        selectionBar.addClassName("selection-bar");
        selectionBar.setId("selection-bar");
        selectionState.setId("selection-state");
        selectionState.addClassName("selection-state");
        applySelection.setText(getTranslation("sectionThree.selection.apply"));
        applySelection.setIcon(VaadinIcon.CHECK.create());
        applySelection.setId("apply-selection");
        applySelection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applySelection.addClickListener(e -> saveSelection());
        selectionBar.add(selectionState, changeReason);
        if (editable) {
            selectionBar.add(applySelection);
        }
        return selectionBar;
    }

    private void showSelectionState() {
        Set<String> stored = storedSelection();
        boolean pending = !pendingSelection.equals(stored)
                || (differsFromPreviousYear(pendingSelection) && !Objects.equals(typedReason(),
                        sheet.selectionChangeReason()));
        String state = getTranslation("sectionThree.selection.count", pendingSelection.size(), catalogue.minOptional());
        if (!pendingSelection.equals(stored)) {
            state += " " + getTranslation("sectionThree.selection.unsaved");
        }
        selectionState.setText(state);
        changeReason.setVisible(differsFromPreviousYear(pendingSelection) || sheet.selectionChangeReason() != null);
        applySelection.setEnabled(pending);
    }

    private boolean differsFromPreviousYear(Set<String> selection) {
        return sheet.previousSelection() != null && !sheet.previousSelection().equals(selection);
    }

    private String typedReason() {
        return changeReason.getValue() == null || changeReason.getValue().isBlank() ? null
                : changeReason.getValue().strip();
    }

    private void saveSelection() {
        try {
            sheets.select(reportId, pendingSelection, changeReason.getValue());
            changeReason.setInvalid(false);
            reload();
            renderTable();
            pendingSelection = new TreeSet<>(storedSelection());
            showSelectionState();
            refreshResults();
            onChange.run();
        } catch (BusinessRuleException ex) {
            // The ticks stay as the user set them; the reason says what the selection still needs.
            changeReason.setVisible(true);
            changeReason.setErrorMessage(EvaluationTexts.reason(locale, ex.messageKey(), ex.args()));
            changeReason.setInvalid(true);
        }
    }

    private Set<String> storedSelection() {
        Map<String, IndicatorSpec> byCode = catalogue.indicators().stream()
                .collect(Collectors.toMap(IndicatorSpec::code, i -> i));
        return sheet.entries().stream()
                .filter(e -> e.selected() && byCode.containsKey(e.code()) && !byCode.get(e.code()).isMandatory())
                .map(SheetView.Entry::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Component input(IndicatorSpec indicator, SheetView.Entry entry) {
        if (indicator.isComputed()) {
            Span computed = new Span(getTranslation("evaluation.editor.computed", indicator.formula().in(locale)));
            computed.addClassName("computed");
            return computed;
        }
        if (indicator.ruleKind() == RuleKind.STATE) {
            RadioButtonGroup<Boolean> state = new RadioButtonGroup<>();
            state.setItems(Boolean.TRUE, Boolean.FALSE);
            state.setItemLabelGenerator(b -> getTranslation(b ? "evaluation.editor.yes" : "evaluation.editor.no"));
            state.setValue(entry == null ? null : entry.enteredState());
            state.setReadOnly(!editable);
            state.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    apply(() -> sheets.enterState(reportId, indicator.code(), e.getValue()), state::setErrorMessage,
                            state::setInvalid);
                }
            });
            return state;
        }
        BigDecimalField value = new BigDecimalField();
        value.setPlaceholder(indicator.unit().in(locale));
        value.setSuffixComponent(new Span(indicator.unit().in(locale)));
        value.setValue(entry == null ? null : entry.enteredValue());
        value.setReadOnly(!editable);
        value.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(() -> sheets.enterValue(reportId, indicator.code(), e.getValue()), value::setErrorMessage,
                        value::setInvalid);
            }
        });
        return value;
    }

    private void apply(Runnable change, java.util.function.Consumer<String> error,
            java.util.function.Consumer<Boolean> invalid) {
        try {
            change.run();
            invalid.accept(false);
            reload();
            refreshResults();
            onChange.run();
        } catch (BusinessRuleException ex) {
            error.accept(getTranslation(ex.messageKey(), ex.args()));
            invalid.accept(true);
        }
    }

    /** The statistics of the years the formulas read: the base year, the three years before and the report year. */
    private Component statisticsForm() {
        Div form = new Div();
        form.addClassName("statistics-form");
        form.setId("statistics-form");
        SortedSet<Integer> years = StatisticYears.of(sheet.year(), baseYear);
        Map<String, BigDecimal> known = new HashMap<>();
        for (YearlyValue v : statistics.values(sheet.parkId(), years.first(), years.last())) {
            known.put(v.statistic() + "@" + v.year(), v.value());
        }
        form.add(new H4(getTranslation("evaluation.editor.statistics")));
        Div header = new Div(new Span(getTranslation("evaluation.editor.statistic")));
        header.addClassName("statistics-row");
        years.forEach(y -> header.add(new Span(String.valueOf(y))));
        form.add(header);
        Map<String, BigDecimalField> fields = new LinkedHashMap<>();
        catalogue.statistics().values().stream()
                .sorted(java.util.Comparator.comparingInt(StatisticSpec::sortOrder))
                .forEach(spec -> {
                    Div line = new Div(new Span(spec.name().in(locale) + "（" + spec.unit().in(locale) + "）"));
                    line.addClassName("statistics-row");
                    for (int year : years) {
                        BigDecimalField field = new BigDecimalField();
                        field.setId("stat-" + spec.key() + "-" + year);
                        field.setValue(known.get(spec.key() + "@" + year));
                        field.setReadOnly(!editable);
                        field.addValueChangeListener(e -> {
                            if (e.isFromClient()) {
                                statisticsChanged = true;
                                onChange.run();
                            }
                        });
                        fields.put(spec.key() + "@" + year, field);
                        line.add(field);
                    }
                    form.add(line);
                });
        if (editable) {
            Span message = new Span();
            message.setId("statistics-message");
            Button save = new Button(getTranslation("evaluation.editor.saveStatistics"), VaadinIcon.CHECK.create(),
                    e -> saveStatistics(fields, years, message));
            save.setId("save-statistics");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(save, message);
        }
        return form;
    }

    private void saveStatistics(Map<String, BigDecimalField> fields, SortedSet<Integer> years, Span message) {
        try {
            for (int year : years) {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                fields.forEach((key, field) -> {
                    if (key.endsWith("@" + year) && field.getValue() != null) {
                        values.put(key.substring(0, key.indexOf('@')), field.getValue());
                    }
                });
                if (!values.isEmpty()) {
                    statistics.record(sheet.parkId(), year, values);
                }
            }
            statisticsChanged = false;
            message.setText(getTranslation("evaluation.editor.statisticsSaved"));
            message.removeClassName("error");
            refreshResults();
            onChange.run();
        } catch (BusinessRuleException ex) {
            message.setText(getTranslation(ex.messageKey(), ex.args()));
            message.addClassName("error");
        }
    }

    /** Export for everyone who sees the report; import for its drafters while it is editable. */
    private Div workbookBar() {
        Div bar = new Div();
        bar.addClassName("sheet-workbook");
        bar.setId("sheet-workbook");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            SheetWorkbook.ExportedWorkbook file = workbook.export(reportId, locale);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    SheetWorkbook.CONTENT_TYPE, file.content().length);
        }), AttachmentType.DOWNLOAD, "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("spreadsheet.export")));
        export.setId("export-workbook");
        bar.add(export);
        if (editable) {
            bar.add(upload());
        }
        importMessage.setId("import-message");
        importMessage.addClassName("import-message");
        importProblems.setId("import-problems");
        importProblems.addClassName("import-problems");
        importProblems.setVisible(false);
        bar.add(importMessage, importProblems);
        return bar;
    }

    private Upload upload() {
        Upload upload = new Upload();
        upload.setId("import-workbook");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> ui.access(() -> importWorkbook(data))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SheetImport.MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".xlsx", SheetWorkbook.CONTENT_TYPE);
        upload.setDropAllowed(true);
        // The rejection text is the one set in the i18n below (too big, or not .xlsx).
        upload.addFileRejectedListener(e -> showImportError(e.getErrorMessage()));
        // Several imports in one visit: the finished file leaves the list so the next can be chosen.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("spreadsheet.import"))
                .setMany(getTranslation("spreadsheet.import")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("spreadsheet.import.drop"))
                .setMany(getTranslation("spreadsheet.import.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("spreadsheet.import.tooBig", SheetImport.MAX_MEGABYTES))
                .setIncorrectFileType(getTranslation("spreadsheet.import.wrongType")));
        upload.setI18n(i18n);
        upload.getElement().setAttribute("title", getTranslation("spreadsheet.import.hint", SheetImport.MAX_MEGABYTES));
        return upload;
    }

    /**
     * Imports a filled template: every problem listed with its cell and nothing changed, or the section rebuilt from
     * the stored data with the live evaluation.
     */
    public void importWorkbook(byte[] content) {
        importProblems.removeAll();
        importProblems.setVisible(false);
        SheetImportResult result;
        try {
            result = importer.importWorkbook(reportId, content);
        } catch (BusinessRuleException e) {
            showImportError(getTranslation(e.messageKey(), e.args()));
            return;
        } catch (AccessDeniedException e) {
            showImportError(getTranslation("spreadsheet.import.denied"));
            return;
        }
        if (!result.applied()) {
            showImportError(getTranslation("spreadsheet.import.problems", result.problems().size()));
            UnorderedList list = new UnorderedList();
            for (SheetImportProblem problem : result.problems()) {
                Object[] args = problem.args().stream()
                        .map(a -> a instanceof LocalizedText text ? text.in(locale) : a).toArray();
                String text = getTranslation(problem.messageKey(), args);
                list.add(new ListItem(problem.cellAddress().isEmpty() ? text : problem.cellAddress() + "：" + text));
            }
            importProblems.add(list);
            importProblems.setVisible(true);
            return;
        }
        importMessage.setText(result.changedEntries() + result.changedStatistics() == 0
                ? getTranslation("spreadsheet.import.unchanged")
                : getTranslation("spreadsheet.import.done", result.changedEntries(), result.changedStatistics()));
        importMessage.removeClassName("error");
        reload();
        changeReason.setValue(sheet.selectionChangeReason() == null ? "" : sheet.selectionChangeReason());
        render();
        onChange.run();
    }

    private void showImportError(String text) {
        importMessage.setText(text);
        importMessage.addClassName("error");
    }
}
