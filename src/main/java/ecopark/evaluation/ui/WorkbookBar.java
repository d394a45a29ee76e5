package ecopark.evaluation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import ecopark.base.filestore.ui.UploadTexts;
import ecopark.evaluation.service.SheetWorkbook;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Section 三 as an Excel template: export for everyone who sees the report; import for its drafters while it is
 * editable. The bar shows the outcome of an import (done, or every problem with its cell).
 */
class WorkbookBar extends Div {

    private final Span importMessage = new Span();
    private final Div importProblems = new Div();

    WorkbookBar(SheetWorkbook workbook, long reportId, boolean editable, int maxMegabytes, Locale locale,
            Consumer<byte[]> onFile) {
        addClassName("sheet-workbook");
        setId("sheet-workbook");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            SheetWorkbook.ExportedWorkbook file = workbook.export(reportId, locale);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    SheetWorkbook.CONTENT_TYPE, file.content().length);
        }), AttachmentType.DOWNLOAD, "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("spreadsheet.export")));
        export.setId("export-workbook");
        add(export);
        if (editable) {
            add(upload(onFile, maxMegabytes));
        }
        importMessage.setId("import-message");
        importMessage.addClassName("import-message");
        importProblems.setId("import-problems");
        importProblems.addClassName("import-problems");
        importProblems.setVisible(false);
        add(importMessage, importProblems);
    }

    private Upload upload(Consumer<byte[]> onFile, int maxMegabytes) {
        Upload upload = new Upload();
        upload.setId("import-workbook");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> ui.access(() -> onFile.accept(data))));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlsx", SheetWorkbook.CONTENT_TYPE);
        upload.setDropAllowed(true);
        // The rejection text is the one set by UploadTexts below (too big, or not .xlsx).
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        // Several imports in one visit: the finished file leaves the list so the next can be chosen.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        UploadTexts.apply(upload, maxMegabytes, getTranslation("spreadsheet.import"),
                getTranslation("spreadsheet.import.drop"), getTranslation("spreadsheet.import.tooBig", maxMegabytes),
                getTranslation("spreadsheet.import.wrongType"));
        upload.getElement().setAttribute("title", getTranslation("spreadsheet.import.hint", maxMegabytes));
        return upload;
    }

    void clear() {
        importProblems.removeAll();
        importProblems.setVisible(false);
    }

    void showError(String text) {
        importMessage.setText(text);
        importMessage.addClassName("error");
    }

    void showDone(String text) {
        importMessage.setText(text);
        importMessage.removeClassName("error");
    }

    /** The import was refused: a summary and each problem as "cell：reason". */
    void showProblems(String summary, List<String> problems) {
        showError(summary);
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p)));
        importProblems.add(list);
        importProblems.setVisible(true);
    }
}
