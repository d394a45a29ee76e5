package ecopark.rectification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.filestore.ui.UploadTexts;
import ecopark.rectification.service.RectificationSpreadsheets;
import ecopark.rectification.service.RectificationSpreadsheets.ImportProblem;
import ecopark.rectification.service.RectificationSpreadsheets.ImportResult;
import ecopark.rectification.service.RoundItem;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Bulk import of an inspection round's tasks from .xlsx: choose the round, download the template if needed, upload
 * the filled workbook. Every bad row is listed with its row, column and what is wrong; then nothing was imported.
 */
class ImportDialog extends Dialog {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RectificationSpreadsheets spreadsheets;
    private final ComboBox<RoundItem> round = new ComboBox<>();
    private final Div result = new Div();
    private final Runnable imported;

    ImportDialog(RectificationSpreadsheets spreadsheets, List<RoundItem> rounds,
            Runnable imported) {
        this.spreadsheets = spreadsheets;
        this.imported = imported;
        addClassName("import-dialog");
        setHeaderTitle(getTranslation("rectification.import.title"));
        setWidth("min(720px, 96vw)");

        round.setId("import-round");
        round.setLabel(getTranslation("rectification.field.round"));
        round.setItems(rounds);
        round.setItemLabelGenerator(RoundItem::name);
        round.setRequired(true);
        round.setWidthFull();

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = spreadsheets.importTemplate(getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    getTranslation("rectification.import.templateFile"), XLSX_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("rectification.import.template"));
        template.setId("import-template");

        Upload upload = new Upload();
        upload.setId("import-upload");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> receive(data))));
        upload.setAcceptedFileTypes(".xlsx", XLSX_TYPE);
        upload.setMaxFiles(1);
        int maxMegabytes = spreadsheets.maxMegabytes();
        UploadTexts.apply(upload, maxMegabytes, getTranslation("rectification.import.choose"),
                getTranslation("rectification.import.drop"), getTranslation("upload.error.tooBig", maxMegabytes),
                getTranslation("rectification.import.wrongType"));
        // The component's own refusal (too big, or not .xlsx), as set above.
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        // One file at a time, as many times as needed: a finished file must leave the list, or the next one is
        // refused for exceeding the single allowed file.
        upload.addAllFinishedListener(e -> upload.clearFileList());

        result.setId("import-result");
        result.addClassName("import-result");
        add(new Paragraph(getTranslation("rectification.import.intro")), round, template, upload, result);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Imports the uploaded workbook into the chosen round and shows the outcome. */
    void receive(byte[] workbook) {
        result.removeAll();
        result.removeClassName("error");
        if (round.getValue() == null) {
            round.setErrorMessage(getTranslation("validation.required"));
            round.setInvalid(true);
            return;
        }
        try {
            ImportResult outcome = spreadsheets.importRound(round.getValue().id(), workbook);
            if (outcome.problems().isEmpty()) {
                result.add(new Span(getTranslation("rectification.import.done", outcome.imported(),
                        round.getValue().name())));
                imported.run();
                return;
            }
            showProblems(outcome.problems());
        } catch (BusinessRuleException e) {
            showProblem(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showProblems(List<ImportProblem> problems) {
        result.addClassName("error");
        result.add(new Span(getTranslation("rectification.import.refused", problems.size())));
        UnorderedList list = new UnorderedList();
        for (ImportProblem p : problems) {
            String what = getTranslation(p.messageKey(), p.args());
            String where = p.row() == 0 ? "" : p.column() == null
                    ? getTranslation("rectification.import.atRow", p.row())
                    : getTranslation("rectification.import.at", p.row(), p.column().letter(),
                            getTranslation(p.column().labelKey()));
            list.add(new ListItem(where.isEmpty() ? what : where + what));
        }
        result.add(list);
    }

    private void showProblem(String text) {
        result.removeAll();
        result.addClassName("error");
        result.add(new Span(text));
    }
}
