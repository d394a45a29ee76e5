package ecopark.base.filestore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Finds out whether an upload really is what its name claims by parsing it, not by its first bytes: a .docx or
 * .xlsx must be an Office Open XML package whose main part is a Word document or an Excel workbook, a .pdf must
 * load in PDFBox with at least one page, an image must decode with sane dimensions, a .zip must list without
 * absurd inflation and hold no program or script, and a renamed program is refused whatever its name. Answers the
 * key of the reason (bundle {@code filecheck}), or empty when the file is sound.
 */
final class FileInspector {

    /** Sides and pixel count beyond which an image is refused before it is decoded (a decompression bomb). */
    static final int MAX_IMAGE_SIDE = 20_000;
    static final long MAX_IMAGE_PIXELS = 60_000_000L;
    /** Unpacked bytes an archive (or Office file) may hold, as a multiple of the upload limit. */
    static final int MAX_UNPACKED_FACTOR = 10;

    private static final Set<String> WORD_MAIN = Set.of(XWPFRelation.DOCUMENT.getContentType());
    private static final Set<String> EXCEL_MAIN = Set.of(XSSFRelation.WORKBOOK.getContentType());

    private FileInspector() {
    }

    static Optional<String> problem(FileKind kind, String fileName, byte[] content, long uploadLimitBytes) {
        if (executable(content)) {
            return Optional.of("filecheck.error.executable");
        }
        if (starts(content, '#', '!')) {
            // A shell, Python or Perl script: no document of an accepted kind starts so.
            return Optional.of("filecheck.error.script");
        }
        long maxUnpacked = uploadLimitBytes * MAX_UNPACKED_FACTOR;
        return Optional.ofNullable(switch (kind) {
            case PDF -> pdf(content);
            case WORD -> ooxml(content, maxUnpacked, WORD_MAIN, "filecheck.error.notWord");
            case EXCEL -> ooxml(content, maxUnpacked, EXCEL_MAIN, "filecheck.error.notExcel");
            case LEGACY_OFFICE -> legacyOffice(content, extension(fileName));
            case JPEG -> image(content, "jpeg");
            case PNG -> image(content, "png");
            case ZIP -> ZipGuard.inspectUpload(content, maxUnpacked).problemKey();
        });
    }

    /** Windows (MZ), Linux (ELF) and macOS (Mach-O) programs and Java classes. */
    static boolean executable(byte[] c) {
        return starts(c, 'M', 'Z') || starts(c, 0x7F, 'E', 'L', 'F') || starts(c, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(c, 0xFE, 0xED, 0xFA, 0xCE) || starts(c, 0xFE, 0xED, 0xFA, 0xCF)
                || starts(c, 0xCE, 0xFA, 0xED, 0xFE) || starts(c, 0xCF, 0xFA, 0xED, 0xFE);
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String pdf(byte[] content) {
        if (!starts(content, '%', 'P', 'D', 'F')) {
            return "filecheck.error.notPdf";
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0 ? null : "filecheck.error.notPdf";
        } catch (InvalidPasswordException e) {
            return "filecheck.error.pdfLocked";
        } catch (IOException | RuntimeException e) {
            return "filecheck.error.notPdf";
        }
    }

    /**
     * Opens the package from a temporary file, so POI reads parts on demand (with its ZipSecureFile limits) instead
     * of unpacking everything into memory, after {@link ZipGuard} has bounded what unpacking could cost.
     */
    private static String ooxml(byte[] content, long maxUnpacked, Set<String> mainTypes, String notKind) {
        ZipGuard.Verdict zip = ZipGuard.inspect(content, maxUnpacked);
        if (!zip.sound()) {
            return "filecheck.error.notZip".equals(zip.problemKey()) ? notKind : zip.problemKey();
        }
        Path file = null;
        try {
            file = Files.createTempFile("upload-check", ".zip");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                var main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
                if (main.size() != 1) {
                    return notKind;
                }
                PackagePart part = pkg.getPart(main.getRelationship(0));
                return part != null && mainTypes.contains(part.getContentType()) ? null : notKind;
            }
        } catch (IOException e) {
            if (file == null) {
                throw new UncheckedIOException(e);
            }
            return notKind;
        } catch (Exception e) {
            // InvalidFormatException, NotOfficeXmlFileException, POIXMLException…: all mean "not this kind".
            return notKind;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    private static String legacyOffice(byte[] content, String extension) {
        String entry = "doc".equals(extension) ? "WordDocument" : "Workbook";
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            boolean found = fs.getRoot().hasEntry(entry) || ("xls".equals(extension) && fs.getRoot().hasEntry("Book"));
            return found ? null : "filecheck.error.notLegacyOffice";
        } catch (IOException | RuntimeException e) {
            return "filecheck.error.notLegacyOffice";
        }
    }

    /**
     * Reads the dimensions from the header first and refuses giant images before decoding; then decodes every
     * pixel row, subsampled so that even a large photograph needs little memory.
     */
    private static String image(byte[] content, String format) {
        try (InputStream in = new ByteArrayInputStream(content);
                ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return "filecheck.error.notImage";
            }
            ImageReader reader = readers.next();
            try {
                if (!reader.getFormatName().toLowerCase(Locale.ROOT).equals(format)) {
                    return "filecheck.error.notImage";
                }
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE
                        || (long) width * height > MAX_IMAGE_PIXELS) {
                    return "filecheck.error.imageTooLarge";
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / 1_000_000)));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param) == null ? "filecheck.error.notImage" : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return "filecheck.error.notImage";
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
