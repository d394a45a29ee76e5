package ecopark.base.filestore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded .xlsx for an import and refuses, before POI builds the workbook in memory, what no real
 * workbook of ours holds: a zip bomb ({@link ZipGuard}, bounded by the upload limit; POI's own ZipSecureFile ratio
 * check still applies behind it), XML with a document type declaration (entity expansion such as "billion laughs";
 * Excel never writes one), and sheets with more rows, columns or cells than the import allows, found by streaming
 * each sheet's XML: a million small rows compress to a few megabytes but would take gigabytes as a POI workbook. An
 * encrypted workbook and the old .xls format get their own reasons, and anything else POI cannot read is "not a
 * workbook", so that no hostile file reaches an importer as a 500 or an OutOfMemoryError.
 */
public final class WorkbookGuard {

    public static final String ZIP_BOMB = "filecheck.workbook.zipBomb";
    public static final String TOO_MANY_ROWS = "filecheck.workbook.tooManyRows";
    public static final String FORMULA = "filecheck.workbook.formula";
    /** Unpacked bytes a workbook may hold, as a multiple of the upload limit (an .xlsx compresses about 10:1). */
    static final int MAX_UNPACKED_FACTOR = 10;
    /** Columns a sheet may use: Excel 2003's limit, far beyond any import template (ten or so columns). */
    public static final int MAX_COLUMNS = 256;
    /** Cells all sheets together may hold: a full rectification ledger (10 000 rows of 10 columns) twice over. */
    public static final int MAX_CELLS = 200_000;

    /** Why a workbook was not opened, with its translation key (bundle {@code filecheck} or {@code hostile}). */
    public enum Refusal {
        /** Not an .xlsx workbook at all, or a damaged one: each importer words this in its own terms. */
        NOT_WORKBOOK(null),
        /** Unpacks to far more than any real workbook. */
        ZIP_BOMB(WorkbookGuard.ZIP_BOMB),
        /** Protected by a password to open: an encrypted OLE2 container, not a ZIP. */
        ENCRYPTED("filecheck.workbook.encrypted"),
        /** An Excel 97–2003 workbook (.xls). */
        LEGACY_XLS("filecheck.workbook.legacyXls"),
        /** XML with a DOCTYPE: entity declarations that may expand without bound. */
        DOCTYPE("filecheck.workbook.doctype"),
        /** A sheet with more rows than the import allows: sheet, the first row number beyond it, limit. */
        TOO_MANY_ROWS(WorkbookGuard.TOO_MANY_ROWS),
        /** A sheet with more columns than {@link #MAX_COLUMNS}: sheet, columns found, limit. */
        TOO_MANY_COLUMNS("filecheck.workbook.tooManyColumns"),
        /** More cells than {@link #MAX_CELLS} in all: cells found (at least), limit. */
        TOO_MANY_CELLS("filecheck.workbook.tooManyCells");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        /** The translation key; null for {@link #NOT_WORKBOOK}, which the importer words itself. */
        public String key() {
            return key;
        }
    }

    /**
     * Either an open workbook (the caller closes it) or the refusal with the arguments of its message (for the row,
     * column and cell limits: the sheet's name, what was found and the limit).
     */
    public record Opened(Workbook workbook, Refusal refusal, Object... args) {
    }

    private WorkbookGuard() {
    }

    /** Opens the workbook if every sheet has at most {@code maxRows} rows and the checks above pass. */
    public static Opened open(byte[] content, long uploadLimitBytes, int maxRows) {
        if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            return new Opened(null, ole2(content));
        }
        ZipGuard.Verdict zip = ZipGuard.inspect(content, uploadLimitBytes * MAX_UNPACKED_FACTOR);
        if (!zip.sound()) {
            return new Opened(null, "filecheck.error.zipBomb".equals(zip.problemKey()) ? Refusal.ZIP_BOMB
                    : Refusal.NOT_WORKBOOK);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
            Opened refused = scan(pkg, maxRows);
            if (refused != null) {
                pkg.revert();
                return refused;
            }
            return new Opened(new XSSFWorkbook(pkg), null);
        } catch (Exception e) {
            // InvalidFormatException, NotOfficeXmlFileException, POIXMLException, XMLStreamException, IOException
            // ("Zip bomb detected" from ZipSecureFile, which the guard above should already have caught): none is
            // the user's to read.
            if (pkg != null) {
                pkg.revert();
            }
            return new Opened(null, rootMessageMentionsBomb(e) ? Refusal.ZIP_BOMB : Refusal.NOT_WORKBOOK);
        }
    }

    /** An OLE2 container: Excel's encrypted .xlsx, an old .xls, or something else (a .doc, an .msg). */
    private static Refusal ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return Refusal.ENCRYPTED;
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return Refusal.LEGACY_XLS;
            }
            return Refusal.NOT_WORKBOOK;
        } catch (IOException | RuntimeException e) {
            return Refusal.NOT_WORKBOOK;
        }
    }

    /** Refuses a DOCTYPE in any XML part, then counts each sheet's rows, columns and cells by streaming it. */
    private static Opened scan(OPCPackage pkg, int maxRows) throws Exception {
        for (PackagePart part : pkg.getParts()) {
            String name = part.getPartName().getName();
            // The core properties were parsed (securely) while the package opened and cannot be read again.
            if (!(part instanceof PackagePropertiesPart) && (name.endsWith(".xml") || name.endsWith(".rels"))
                    && hasDoctype(part)) {
                return new Opened(null, Refusal.DOCTYPE);
            }
        }
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        long cells = 0;
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                String sheet = sheets.getSheetName();
                XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
                try {
                    int rows = 0;
                    while (xml.hasNext()) {
                        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        String element = xml.getLocalName();
                        if ("row".equals(element)) {
                            String r = xml.getAttributeValue(null, "r");
                            rows = r == null ? rows + 1 : Math.max(rows, parsePositive(r));
                            if (rows > maxRows) {
                                // Stop here: reading on through a million rows only to count them costs seconds.
                                return new Opened(null, Refusal.TOO_MANY_ROWS, sheet, rows, maxRows);
                            }
                        } else if ("c".equals(element)) {
                            int column = column(xml.getAttributeValue(null, "r"));
                            if (column > MAX_COLUMNS) {
                                return new Opened(null, Refusal.TOO_MANY_COLUMNS, sheet, column, MAX_COLUMNS);
                            }
                            if (++cells > MAX_CELLS) {
                                return new Opened(null, Refusal.TOO_MANY_CELLS, cells, MAX_CELLS);
                            }
                        }
                    }
                } finally {
                    xml.close();
                }
            }
        }
        return null;
    }

    private static boolean hasDoctype(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                // The DOCTYPE can only come before the root element.
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        return true;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return false;
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // A parser that refuses the DOCTYPE outright says so in its message; anything else is damaged XML,
            // which POI refuses below as "not a workbook".
            return String.valueOf(e.getMessage()).contains("DOCTYPE");
        }
    }

    /** The 1-based column of a cell reference such as "XFD1" (0 when there is none). */
    static int column(String reference) {
        if (reference == null) {
            return 0;
        }
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > 1_000_000) {
                break;
            }
        }
        return column;
    }

    /** A row number; a damaged one throws, and the file is then "not a workbook". */
    private static int parsePositive(String number) {
        return Math.max(0, Integer.parseInt(number.strip()));
    }

    private static boolean rootMessageMentionsBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
