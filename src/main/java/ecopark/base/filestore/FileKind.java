package ecopark.base.filestore;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document the product accepts as attachments or evidence, recognised by file name extension; the
 * content is then checked by parsing it ({@link FileInspector}), so a renamed executable or a ZIP called .docx is
 * refused.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    LEGACY_OFFICE("application/octet-stream", "doc", "xls"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    ZIP("application/zip", "zip");

    private final String contentType;
    private final List<String> extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Extensions with a dot, for an upload component's accepted types. */
    public static String[] acceptedExtensions() {
        return Arrays.stream(values()).flatMap(k -> k.extensions.stream()).map(e -> "." + e).toArray(String[]::new);
    }

    /** The kind a file claims by its name, if it is one we accept. */
    public static Optional<FileKind> byFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
    }
}
