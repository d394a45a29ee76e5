package ecopark.base.filestore;

import java.io.ByteArrayInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded .xlsx for an import, refusing a zip bomb before POI unpacks it ({@link ZipGuard}, bounded by
 * the upload limit; POI's own ZipSecureFile ratio check still applies behind it) and answering "not a workbook"
 * for anything POI cannot read, so that no hostile file reaches an importer as a 500 or an OutOfMemoryError.
 */
public final class WorkbookGuard {

    public static final String ZIP_BOMB = "filecheck.workbook.zipBomb";
    public static final String TOO_MANY_ROWS = "filecheck.workbook.tooManyRows";
    public static final String FORMULA = "filecheck.workbook.formula";
    /** Unpacked bytes a workbook may hold, as a multiple of the upload limit (an .xlsx compresses about 10:1). */
    static final int MAX_UNPACKED_FACTOR = 10;

    /** Why a workbook was not opened. */
    public enum Refusal {
        /** Not an .xlsx workbook at all, or a damaged one: each importer words this in its own terms. */
        NOT_WORKBOOK,
        /** Unpacks to far more than any real workbook: {@link #ZIP_BOMB}. */
        ZIP_BOMB
    }

    /** Either an open workbook (the caller closes it) or the refusal. */
    public record Opened(Workbook workbook, Refusal refusal) {
    }

    private WorkbookGuard() {
    }

    public static Opened open(byte[] content, long uploadLimitBytes) {
        ZipGuard.Verdict zip = ZipGuard.inspect(content, uploadLimitBytes * MAX_UNPACKED_FACTOR);
        if (!zip.sound()) {
            return new Opened(null, "filecheck.error.zipBomb".equals(zip.problemKey()) ? Refusal.ZIP_BOMB
                    : Refusal.NOT_WORKBOOK);
        }
        try {
            return new Opened(new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(content))), null);
        } catch (Exception e) {
            // InvalidFormatException, NotOfficeXmlFileException, POIXMLException, IOException ("Zip bomb detected"
            // from ZipSecureFile, which the guard above should already have caught): none is the user's to read.
            return new Opened(null, rootMessageMentionsBomb(e) ? Refusal.ZIP_BOMB : Refusal.NOT_WORKBOOK);
        }
    }

    /** The sheet's row count (last row index + 1) when it exceeds {@code max}, else -1. */
    public static int rowsBeyond(Sheet sheet, int max) {
        int rows = sheet.getLastRowNum() + 1;
        return rows > max ? rows : -1;
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
