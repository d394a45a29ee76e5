package ecopark.base.filestore;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document the product accepts as attachments or evidence, recognised by file name extension and
 * checked against the file's first bytes, so a renamed executable is not accepted as a PDF.
 */
public enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, "pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZipMagic.BYTES, "docx"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZipMagic.BYTES, "xlsx"),
    LEGACY_OFFICE("application/octet-stream", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "doc", "xls"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png"),
    ZIP("application/zip", ZipMagic.BYTES, "zip");

    private final String contentType;
    private final byte[] magic;
    private final List<String> extensions;

    FileKind(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
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

    boolean matchesContent(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class ZipMagic {
        static final byte[] BYTES = {'P', 'K', 3, 4};
    }
}
