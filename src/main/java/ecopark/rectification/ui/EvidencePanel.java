package ecopark.rectification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.filestore.FileKind;
import ecopark.rectification.service.EvidenceDownload;
import ecopark.rectification.service.EvidenceItem;
import ecopark.rectification.service.EvidenceService;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;

/**
 * The evidence files of a task: listed for everyone who may see the task, each download checked by the service;
 * uploaded and removed by the park's staff while they rectify. A refused file is explained next to the upload.
 */
class EvidencePanel extends Div {

    private final EvidenceService evidence;
    private final long taskId;
    private final boolean editable;
    private final ZoneId zone;
    private final Div list = new Div();
    private final Span message = new Span();
    private final Runnable changed;

    EvidencePanel(EvidenceService evidence, long taskId, boolean editable, ZoneId zone, Runnable changed) {
        this.evidence = evidence;
        this.taskId = taskId;
        this.editable = editable;
        this.zone = zone;
        this.changed = changed;
        addClassNames("task-part", "evidence");
        setId("evidence");
        list.addClassName("evidence-list");
        message.addClassName("upload-message");
        message.setId("evidence-message");
        add(new H3(getTranslation("rectification.evidence")), list);
        if (editable) {
            add(upload(), message);
        }
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload();
        upload.setId("evidence-upload");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> receive(metadata.fileName(), data))));
        long maxMegabytes = evidence.maxSizeMegabytes();
        upload.setMaxFileSize((int) (maxMegabytes * 1024 * 1024));
        upload.setAcceptedFileTypes(FileKind.acceptedExtensions());
        upload.addFileRejectedListener(e -> showError(getTranslation("rectification.evidence.rejected",
                e.getFileName(), maxMegabytes)));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("rectification.evidence.add"))
                .setMany(getTranslation("rectification.evidence.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("rectification.evidence.drop"))
                .setMany(getTranslation("rectification.evidence.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("rectification.evidence.tooBig", maxMegabytes))
                .setIncorrectFileType(getTranslation("rectification.evidence.wrongType")));
        upload.setI18n(i18n);
        Span hint = new Span(getTranslation("rectification.evidence.hint", maxMegabytes));
        hint.addClassName("upload-hint");
        upload.setDropLabel(hint);
        return upload;
    }

    /** Stores an uploaded file; a refusal is shown next to the upload, nothing else changes. */
    void receive(String fileName, byte[] data) {
        try {
            evidence.upload(taskId, fileName, data);
            message.setText(getTranslation("rectification.evidence.uploaded", fileName));
            message.removeClassName("error");
            refresh();
            changed.run();
        } catch (BusinessRuleException e) {
            showError(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showError(String text) {
        message.setText(text);
        message.addClassName("error");
    }

    private void refresh() {
        list.removeAll();
        var items = evidence.list(taskId);
        if (items.isEmpty()) {
            list.add(new Span(getTranslation("rectification.evidence.none")));
        }
        items.forEach(item -> list.add(row(item)));
    }

    private HorizontalLayout row(EvidenceItem item) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            EvidenceDownload file = evidence.download(item.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), AttachmentType.DOWNLOAD, item.fileName());
        Span meta = new Span(getTranslation("rectification.evidence.meta", RectificationFormats.size(item.sizeBytes()),
                RectificationFormats.when(item.uploadedAt(), zone), item.uploadedBy()));
        meta.addClassName("evidence-meta");
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.FILE_TEXT_O.create(), link, meta);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassName("evidence-row");
        if (editable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                try {
                    evidence.remove(item.id());
                    refresh();
                    changed.run();
                } catch (BusinessRuleException ex) {
                    showError(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("rectification.evidence.remove", item.fileName()));
            row.add(remove);
        }
        return row;
    }
}
