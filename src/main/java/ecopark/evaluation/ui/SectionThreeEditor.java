package ecopark.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.FieldProblem;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.SheetEdits;
import ecopark.evaluation.service.SheetImport;
import ecopark.evaluation.service.SheetImportProblem;
import ecopark.evaluation.service.SheetImportResult;
import ecopark.evaluation.service.SheetPreview;
import ecopark.evaluation.service.SheetView;
import ecopark.evaluation.service.SheetWorkbook;
import ecopark.evaluation.service.StatisticYears;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.service.YearlyValue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import org.springframework.security.access.AccessDeniedException;

/**
 * Section 三 of the form in the report editor: the indicator table, the selection bar, the yearly statistics the
 * computed rows need, and the live evaluation of all of it as typed. Nothing here is stored on its own: the editor's
 * one save (and its autosave) takes {@link #edits()} with sections 一 and 二 in one transaction, and a refusal comes
 * back to the field that caused it ({@link #showProblems}). Two actions do apply at once, each as a whole: the
 * footnote-a industry value (its dialog) and the Excel import; neither throws away what is typed but not saved
 * without saying so.
 *
 * <p>The section is built when the user opens it, not with the editor: its hundred-odd fields, the workbook bar and
 * the live evaluation are nine tenths of an open editor's server-side state (the session's memory) and of its
 * database reads. Until then it has no edits, nothing unsaved and nothing unreadable; once built it stays.
 */
public class SectionThreeEditor extends Composite<Div> {

    private final IndicatorSheetService sheets;
    private final StatisticsService statistics;
    private final SheetImport importer;
    private final long reportId;
    private final boolean editable;
    private final int baseYear;
    private final Locale locale;
    private final SheetWorkbook workbook;
    private final Details details = new Details();
    private final Div body = new Div();
    private final Div results = new Div();
    private WorkbookBar workbookBar;
    private SheetView sheet;
    private Catalogue catalogue;
    private IndicatorTable table;
    private SelectionBar selectionBar;
    private StatisticsForm statisticsForm;
    private Runnable onChange = () -> { };
    private Runnable onEdit = () -> { };

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
        details.setId("section-three-details");
        details.setSummaryText(getTranslation(editable ? "load.sectionThree.open" : "load.sectionThree.view"));
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                build();
            }
        });
        details.setWidthFull();
        root.add(new H3(getTranslation("evaluation.editor.title")), details);
    }

    /** Whether the user opened the section (and it holds fields). */
    public boolean isBuilt() {
        return table != null;
    }

    private void build() {
        if (isBuilt()) {
            return;
        }
        reload();
        workbookBar = new WorkbookBar(workbook, reportId, editable, importer.maxMegabytes(), locale,
                this::importWorkbook);
        results.setId("live-evaluation");
        details.add(new Span(getTranslation("evaluation.editor.standard", sheet.standardCode())), workbookBar, body,
                new H4(getTranslation("evaluation.editor.results")), results);
        render();
    }

    /** Called after something of this section was stored on its own (the industry value, an import). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    /** Called after every edit the user makes here, e.g. to update the editor's unsaved state. */
    public void setOnEdit(Runnable onEdit) {
        this.onEdit = onEdit == null ? () -> { } : onEdit;
    }

    /** Whether anything typed or ticked here is not saved yet (the editor saves it and warns before leaving). */
    public boolean hasUnsavedChanges() {
        return editable && isBuilt() && (table.hasPendingInput() || statisticsForm.hasPendingInput()
                || selectionBar.edit(table.selection()) != null);
    }

    /** What the one save stores of this section: every change against what is stored. */
    public SheetEdits edits() {
        if (!editable || !isBuilt()) {
            return SheetEdits.NONE;
        }
        return new SheetEdits(table.valueEdits(), table.stateEdits(), selectionBar.edit(table.selection()),
                statisticsForm.edits());
    }

    /** How many fields cannot be saved as typed (each is marked at the field); 0 when the section may be saved. */
    public long unreadableFields() {
        if (!isBuilt()) {
            return 0;
        }
        return table.unreadable() + statisticsForm.unreadable() + selectionBar.unreadable();
    }

    /** Marks every field a save refused with its reason; fields without a problem are cleared. */
    public void showProblems(List<FieldProblem> problems) {
        if (!isBuilt()) {
            return;
        }
        Map<String, String> messages = new HashMap<>();
        for (FieldProblem problem : problems) {
            messages.putIfAbsent(problem.field(), message(problem));
        }
        table.showProblems(messages);
        statisticsForm.showProblems(messages);
        selectionBar.showReasonProblem(messages.get(SheetEdits.SELECTION_FIELD));
        selectionBar.show(table.selection());
    }

    /** The problem as the user reads it, with indicator and statistic names in their language. */
    public String message(FieldProblem problem) {
        return EvaluationTexts.reason(locale, problem.key(), problem.args().toArray());
    }

    /** After the editor saved everything: what is shown is what is stored, and the evaluation follows it. */
    public void saved() {
        if (!isBuilt()) {
            return;
        }
        reload();
        table.markSaved();
        statisticsForm.markSaved();
        selectionBar.markSaved(sheet, table.storedSelection());
        selectionBar.show(table.selection());
        refreshResults();
    }

    private void reload() {
        sheet = sheets.sheet(reportId);
        catalogue = sheets.catalogueOf(reportId);
    }

    /** Builds the section from the stored sheet and statistics, e.g. at the start and after an import. */
    private void render() {
        body.removeAll();
        table = new IndicatorTable(catalogue, sheet, editable, locale, this::overrideButton, this::edited);
        selectionBar = new SelectionBar(sheet, catalogue, table.storedSelection(), editable, this::edited);
        SortedSet<Integer> years = StatisticYears.of(sheet.year(), baseYear);
        Map<String, BigDecimal> known = new HashMap<>();
        for (YearlyValue v : statistics.values(sheet.parkId(), years.first(), years.last())) {
            known.put(v.statistic() + "@" + v.year(), v.value());
        }
        statisticsForm = new StatisticsForm(catalogue, years, known, editable, locale, this::edited);
        body.add(table, selectionBar, statisticsForm);
        selectionBar.show(table.selection());
        refreshResults();
    }

    /** A field changed: the selection count, the live evaluation with every pending edit, and the editor's state. */
    private void edited() {
        selectionBar.show(table.selection());
        refreshResults();
        onEdit.run();
    }

    /** The evaluation as it would be saved now, and the marks of values the services would refuse. */
    private void refreshResults() {
        results.removeAll();
        if (!editable) {
            results.add(new EvaluationPanel(sheets.evaluate(reportId), catalogue));
            return;
        }
        SheetPreview preview = sheets.preview(reportId, edits());
        Map<String, String> messages = new HashMap<>();
        preview.problems().forEach(p -> messages.putIfAbsent(p.field(), message(p)));
        table.showProblems(messages);
        statisticsForm.showProblems(messages);
        results.add(new EvaluationPanel(preview.result(), catalogue));
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
        DecimalField threshold = new DecimalField(getTranslation("sectionThree.override.threshold"));
        threshold.setId("override-threshold");
        threshold.setSuffixComponent(new Span(indicator.unit().in(locale)));
        TextField industry = new TextField(getTranslation("sectionThree.override.industry"));
        industry.setId("override-industry");
        // No maxlength (a browser cuts a longer paste silently): Save refuses it at the field with the limit.
        // Footnote a's condition as a number, checked by the service against 70 %.
        DecimalField share = new DecimalField(getTranslation("facts.overrideShare"));
        share.setId("override-industry-share");
        share.setHelperText(getTranslation("facts.overrideShare.helper"));
        share.setSuffixComponent(new Span("%"));
        share.setWidthFull();
        share.setReadOnly(!editable);
        com.vaadin.flow.component.textfield.TextArea reason = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("sectionThree.override.reason"));
        reason.setId("override-reason");
        threshold.setWidthFull();
        industry.setWidthFull();
        reason.setWidthFull();
        threshold.setReadOnly(!editable);
        industry.setReadOnly(!editable);
        reason.setReadOnly(!editable);
        if (entry != null && entry.overrideThreshold() != null) {
            threshold.setDecimal(entry.overrideThreshold());
            industry.setValue(entry.overrideIndustry());
            share.setDecimal(entry.overrideIndustryShare());
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
            Button save = new Button(getTranslation("action.save"), e -> {
                industry.setInvalid(false);
                reason.setInvalid(false);
                boolean industryFits = ecopark.base.ui.component.TextLimits.fits(industry,
                        ecopark.evaluation.domain.SheetEntry.INDUSTRY_MAX_LENGTH);
                if (!ecopark.base.ui.component.TextLimits.fits(reason,
                        ecopark.evaluation.domain.SheetEntry.REASON_MAX_LENGTH) || !industryFits) {
                    return;
                }
                overrideChanged(dialog, error, () -> sheets.overrideThreshold(reportId, indicator.code(), threshold.requireDecimal(),
                            industry.getValue(), share.requireDecimal(), reason.getValue()));
            });
            save.setId("override-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(clear, save);
        }
        return dialog;
    }

    /**
     * Saves or removes an override; a refusal stays in the dialog with everything typed. The rest of the section
     * keeps what is typed but not saved: only the row's button and the live evaluation are shown anew.
     */
    private void overrideChanged(Dialog dialog, Span error, Runnable change) {
        try {
            change.run();
            dialog.close();
            reload();
            catalogue.indicators().stream().filter(IndicatorSpec::industryOverride).forEach(indicator ->
                    table.replaceOverride(indicator, sheet.entries().stream()
                            .filter(e -> e.code().equals(indicator.code())).findFirst().orElse(null)));
            refreshResults();
            onChange.run();
        } catch (BusinessRuleException ex) {
            error.setText(getTranslation(ex.messageKey(), ex.args()));
        }
    }

    /**
     * Imports a filled template: every problem listed with its cell and nothing changed, or the section rebuilt from
     * the stored data with the live evaluation. The import applies on its own and replaces this section's values, so
     * with edits not saved yet the user is asked first.
     */
    public void importWorkbook(byte[] content) {
        if (!hasUnsavedChanges()) {
            applyWorkbook(content);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.import.pending.title"),
                getTranslation("editor.import.pending.text"), getTranslation("editor.import.pending.confirm"),
                e -> applyWorkbook(content));
        confirm.setId("import-pending-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.addCancelListener(e -> workbookBar.showDone(getTranslation("editor.import.pending.cancelled")));
        confirm.open();
    }

    private void applyWorkbook(byte[] content) {
        workbookBar.clear();
        SheetImportResult result;
        try {
            result = importer.importWorkbook(reportId, content);
        } catch (BusinessRuleException e) {
            workbookBar.showError(getTranslation(e.messageKey(), e.args()));
            return;
        } catch (AccessDeniedException e) {
            workbookBar.showError(getTranslation("spreadsheet.import.denied"));
            return;
        }
        if (!result.applied()) {
            List<String> problems = result.problems().stream().map(this::importProblem).toList();
            workbookBar.showProblems(getTranslation("spreadsheet.import.problems", result.problems().size()),
                    problems);
            return;
        }
        workbookBar.showDone(result.changedEntries() + result.changedStatistics() == 0
                ? getTranslation("spreadsheet.import.unchanged")
                : getTranslation("spreadsheet.import.done", result.changedEntries(), result.changedStatistics()));
        reload();
        render();
        onChange.run();
        onEdit.run();
    }

    private String importProblem(SheetImportProblem problem) {
        Object[] args = problem.args().stream().map(a -> a instanceof LocalizedText text ? text.in(locale) : a)
                .toArray();
        String text = getTranslation(problem.messageKey(), args);
        return problem.cellAddress().isEmpty() ? text : problem.cellAddress() + "：" + text;
    }
}
