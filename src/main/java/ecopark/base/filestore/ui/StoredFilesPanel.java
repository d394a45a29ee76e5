package ecopark.base.filestore.ui;

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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.filestore.FileKind;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The files of one thing (a report's attachments, a rectification task's evidence): listed for everyone who may
 * see it, each download checked by the owning service; uploaded and removed when editable. A refused file is
 * explained next to the upload and nothing else changes. Texts come from the bundle keys under
 * {@link Look#keyPrefix()}: the heading itself, {@code .add}, {@code .drop}, {@code .hint}, {@code .tooBig},
 * {@code .wrongType}, {@code .rejected}, {@code .uploaded}, {@code .none}, {@code .meta} and {@code .remove}.
 */
public class StoredFilesPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Source source;
    /** Where uploads and removals go; null for a panel that only lists and downloads. */
    private final Store store;
    private final Look look;
    private final boolean editable;
    private final ZoneId zone;
    private final Runnable changed;
    private final Div list = new Div();
    private final Span message = new Span();

    /** A panel of the files of a feature that stores them: uploads and removals while {@code editable}. */
    protected StoredFilesPanel(Store store, Look look, boolean editable, ZoneId zone, Runnable changed) {
        this(store, store, look, editable, zone, changed);
    }

    /** A panel that lists and downloads another feature's files, never changing them. */
    protected StoredFilesPanel(Source source, Look look, ZoneId zone) {
        this(source, null, look, false, zone, () -> { });
    }

    private StoredFilesPanel(Source source, Store store, Look look, boolean editable, ZoneId zone,
            Runnable changed) {
        this.source = source;
        this.store = store;
        this.look = look;
        this.editable = editable && store != null;
        this.zone = zone;
        this.changed = changed;
        list.addClassName(look.cssPrefix() + "-list");
        message.addClassName("upload-message");
        message.setId(look.messageId());
        add(new H3(getTranslation(look.keyPrefix())), list);
        if (editable) {
            add(upload(), message);
        }
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload();
        upload.setId(look.cssPrefix() + "-upload");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> receive(metadata.fileName(), data))));
        int maxMegabytes = Math.toIntExact(store.maxSizeMegabytes());
        upload.setAcceptedFileTypes(FileKind.acceptedExtensions());
        upload.addFileRejectedListener(e -> showError(text("rejected", e.getFileName(), maxMegabytes)));
        UploadTexts.apply(upload, maxMegabytes, text("add"), text("drop"), text("tooBig", maxMegabytes),
                text("wrongType"));
        Span hint = new Span(text("hint", maxMegabytes));
        hint.addClassName("upload-hint");
        upload.setDropLabel(hint);
        return upload;
    }

    /** Stores an uploaded file; a refusal is shown next to the upload, nothing else changes. */
    public void receive(String fileName, byte[] data) {
        java.util.Objects.requireNonNull(store, "A panel without a store has no upload");
        try {
            store.upload(fileName, data);
            message.setText(text("uploaded", fileName));
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
        List<Item> items = source.list();
        if (items.isEmpty()) {
            list.add(new Span(text("none")));
        }
        items.forEach(item -> list.add(row(item)));
    }

    private HorizontalLayout row(Item item) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download file = source.download(item.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), AttachmentType.DOWNLOAD, item.fileName());
        Span meta = new Span(text("meta", readableSize(item.sizeBytes()), WHEN.format(item.uploadedAt().atZone(zone)),
                item.uploadedBy()));
        meta.addClassName(look.cssPrefix() + "-meta");
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.FILE_TEXT_O.create(), link, meta);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassName(look.cssPrefix() + "-row");
        if (editable) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                try {
                    store.remove(item.id());
                    refresh();
                    changed.run();
                } catch (BusinessRuleException ex) {
                    showError(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(text("remove", item.fileName()));
            row.add(remove);
        }
        return row;
    }

    private String text(String key, Object... args) {
        return getTranslation(look.keyPrefix() + "." + key, args);
    }

    static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    /** How the owning feature's service lists and hands out its files; each call applies its access rules. */
    public interface Source {

        List<Item> list();

        Download download(long fileId);
    }

    /** A source whose files can also be uploaded and removed, within its size limit. */
    public interface Store extends Source {

        void upload(String fileName, byte[] data);

        void remove(long fileId);

        long maxSizeMegabytes();
    }

    /** Bundle key prefix, CSS class prefix ({@code -list}, {@code -row}, {@code -meta}, {@code -upload}) and message id. */
    public record Look(String keyPrefix, String cssPrefix, String messageId) {
    }

    public record Item(long id, String fileName, long sizeBytes, Instant uploadedAt, String uploadedBy) {
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }
}
