package ecopark.report.ui;

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
import ecopark.report.service.AttachmentItem;
import ecopark.report.service.DownloadedFile;
import ecopark.report.service.ReportAttachmentService;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The supporting documents of a report: listed for everyone who may see the report, downloadable through the
 * service (which checks access on every download), uploaded and removed by its drafters while it is editable.
 */
class AttachmentsPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportAttachmentService attachments;
    private final long reportId;
    private final boolean editable;
    private final ZoneId zone;
    private final Div list = new Div();
    private final Span message = new Span();

    AttachmentsPanel(ReportAttachmentService attachments, long reportId, boolean editable, ZoneId zone) {
        this.attachments = attachments;
        this.reportId = reportId;
        this.editable = editable;
        this.zone = zone;
        addClassNames("form-part", "attachments");
        list.addClassName("attachment-list");
        message.addClassName("upload-message");
        message.setId("upload-message");
        add(new H3(getTranslation("report.attachments")), list);
        if (editable) {
            add(upload(), message);
        }
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload();
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> receive(metadata.fileName(), data))));
        long maxMegabytes = attachments.maxSizeMegabytes();
        upload.setMaxFileSize((int) (maxMegabytes * 1024 * 1024));
        upload.setAcceptedFileTypes(FileKind.acceptedExtensions());
        upload.addFileRejectedListener(e -> showError(getTranslation("report.attachments.rejected",
                e.getFileName(), maxMegabytes)));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("report.attachments.add"))
                .setMany(getTranslation("report.attachments.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("report.attachments.drop"))
                .setMany(getTranslation("report.attachments.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("report.attachments.tooBig", maxMegabytes))
                .setIncorrectFileType(getTranslation("report.attachments.wrongType"))
                .setTooManyFiles(getTranslation("report.attachments.tooMany")));
        upload.setI18n(i18n);
        upload.getElement().setAttribute("title", getTranslation("report.attachments.hint", maxMegabytes));
        return upload;
    }

    /** Stores an uploaded file; a refusal is shown next to the upload, nothing else changes. */
    void receive(String fileName, byte[] data) {
        try {
            attachments.upload(reportId, fileName, data);
            message.setText(getTranslation("report.attachments.uploaded", fileName));
            message.removeClassName("error");
            refresh();
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
        var items = attachments.list(reportId);
        if (items.isEmpty()) {
            list.add(new Span(getTranslation("report.attachments.none")));
        }
        items.forEach(item -> list.add(row(item)));
    }

    private HorizontalLayout row(AttachmentItem item) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            DownloadedFile file = attachments.download(item.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), AttachmentType.DOWNLOAD, item.fileName());
        Span meta = new Span(getTranslation("report.attachments.meta", readableSize(item.sizeBytes()),
                WHEN.format(item.uploadedAt().atZone(zone)), item.uploadedBy()));
        meta.addClassName("attachment-meta");
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.FILE_TEXT_O.create(), link, meta);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassName("attachment-row");
        if (editable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                attachments.remove(item.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("report.attachments.remove", item.fileName()));
            row.add(remove);
        }
        return row;
    }

    private static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
