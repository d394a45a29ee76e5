package ecopark.forwarding.document;

import ecopark.base.i18n.TranslationProvider;
import ecopark.opendata.service.IndicatorColumn;
import ecopark.opendata.service.IndicatorRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The package's workbook: sheet 汇总 with one row per park of the province (forwarded or missing, with the counts of
 * indicators assessed, met and not met), sheet 指标 with every indicator row of the forwarded forms in the open data's
 * stable column layout ({@link IndicatorColumn}), so the national office reads both with the tools it already has.
 */
@Component
public class PackageSummary {

    /** The workbook's bytes. */
    public byte[] workbook(List<BundledForm> forms, List<MissingPark> missing, List<IndicatorRecord> indicators) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            parks(book.createSheet(t("forwarding.summary.sheet.parks")), bold, forms, missing, indicators);
            indicators(book.createSheet(t("forwarding.summary.sheet.indicators")), bold, indicators);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the package summary", e);
        }
    }

    private static void parks(Sheet sheet, CellStyle bold, List<BundledForm> forms, List<MissingPark> missing,
            List<IndicatorRecord> indicators) {
        header(sheet, bold, List.of("park", "state", "reason", "year", "revision", "assessed", "met", "notMet",
                "hash").stream().map(k -> t("forwarding.summary.column." + k)).toList());
        Map<Long, List<IndicatorRecord>> byForm = indicators.stream()
                .collect(Collectors.groupingBy(IndicatorRecord::publicationId));
        int next = 1;
        for (BundledForm form : forms) {
            List<IndicatorRecord> rows = byForm.getOrDefault(form.publicationId(), List.of());
            Row row = sheet.createRow(next++);
            set(row, 0, form.parkName());
            set(row, 1, t("forwarding.summary.forwarded"));
            set(row, 3, form.year());
            set(row, 4, form.revision());
            set(row, 5, count(rows, r -> r.met() != null));
            set(row, 6, count(rows, r -> Boolean.TRUE.equals(r.met())));
            set(row, 7, count(rows, r -> Boolean.FALSE.equals(r.met())));
            set(row, 8, form.contentHash());
        }
        for (MissingPark park : missing) {
            Row row = sheet.createRow(next++);
            set(row, 0, park.parkName());
            set(row, 1, t("forwarding.summary.missing"));
            set(row, 2, park.reason());
        }
        int[] widths = {28, 10, 40, 8, 8, 10, 10, 10, 66};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void indicators(Sheet sheet, CellStyle bold, List<IndicatorRecord> indicators) {
        IndicatorColumn[] columns = IndicatorColumn.values();
        header(sheet, bold, Arrays.stream(columns).map(IndicatorColumn::key).toList());
        int next = 1;
        for (IndicatorRecord record : indicators) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns.length; i++) {
                set(row, i, columns[i].valueOf(record));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void header(Sheet sheet, CellStyle bold, List<String> names) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(bold);
        }
    }

    private static long count(List<IndicatorRecord> rows, Function<IndicatorRecord, Boolean> test) {
        return rows.stream().filter(test::apply).count();
    }

    private static void set(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
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

    private static String t(String key) {
        return TranslationProvider.translate(TranslationProvider.CHINESE, key);
    }
}
