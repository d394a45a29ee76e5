package ecopark.opendata.api;

import ecopark.base.i18n.TranslationProvider;
import ecopark.opendata.service.IndicatorColumn;
import ecopark.opendata.service.IndicatorRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Indicator rows as an Excel workbook: sheet {@code indicators} with the header row of {@link IndicatorColumn}, frozen,
 * ids, years and values as numbers, yes/no as booleans; sheet {@code columns} says what each column holds (Chinese and
 * English). Streamed (POI's SXSSF keeps a window of rows in memory and the rest in a temporary file), so the whole
 * list never sits in memory.
 */
final class IndicatorXlsx implements Consumer<IndicatorRecord>, AutoCloseable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 200;

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private int next = 1;

    IndicatorXlsx() {
        book.setCompressTempFiles(true);
        sheet = book.createSheet("indicators");
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        IndicatorColumn[] columns = IndicatorColumn.values();
        for (int i = 0; i < columns.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns[i].key());
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, width(columns[i]) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void accept(IndicatorRecord record) {
        Row row = sheet.createRow(next++);
        IndicatorColumn[] columns = IndicatorColumn.values();
        for (int i = 0; i < columns.length; i++) {
            Object value = columns[i].valueOf(record);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean yes) {
                cell.setCellValue(yes);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Adds the column sheet and writes the workbook. */
    void finish(OutputStream out) throws IOException {
        Sheet about = book.createSheet("columns");
        Row header = about.createRow(0);
        header.createCell(0).setCellValue("column");
        header.createCell(1).setCellValue("说明");
        header.createCell(2).setCellValue("description");
        IndicatorColumn[] columns = IndicatorColumn.values();
        for (int i = 0; i < columns.length; i++) {
            Row row = about.createRow(i + 1);
            row.createCell(0).setCellValue(columns[i].key());
            row.createCell(1).setCellValue(TranslationProvider.translate(TranslationProvider.CHINESE,
                    columns[i].descriptionKey()));
            row.createCell(2).setCellValue(TranslationProvider.translate(TranslationProvider.ENGLISH,
                    columns[i].descriptionKey()));
        }
        about.setColumnWidth(0, 24 * 256);
        about.setColumnWidth(1, 60 * 256);
        about.setColumnWidth(2, 80 * 256);
        book.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        book.dispose();
        book.close();
    }

    private static int width(IndicatorColumn column) {
        return switch (column) {
            case CONTENT_SHA256 -> 66;
            case PARK_NAME, JURISDICTION, INDICATOR_NAME_ZH, THRESHOLD_APPLIED_ZH -> 28;
            case INDICATOR_NAME_EN, THRESHOLD_APPLIED_EN, REQUIREMENT_EN, CATEGORY_EN -> 36;
            case PUBLISHED_AT -> 26;
            default -> 14;
        };
    }
}
