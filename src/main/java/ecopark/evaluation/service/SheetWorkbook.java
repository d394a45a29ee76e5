package ecopark.evaluation.service;

import static ecopark.evaluation.service.WorkbookLayout.*;

import ecopark.evaluation.domain.RuleKind;
import ecopark.evaluation.domain.ValueRange;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 三 of a report as an .xlsx template to fill offline: the indicator table in catalogue order (category,
 * number, name, unit, requirement, mandatory or optional, whether assessed, value or state) and the park's yearly
 * statistics for the years the formulas read. What must not change is locked and grey; yes/no cells offer a
 * dropdown; numbers are checked as they are typed. {@link SheetImport} reads the same layout back. Everyone who may
 * see the report may export it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SheetWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter EXPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int HELP_LINES = 6;

    private final IndicatorSheetService sheets;
    private final StatisticsService statistics;
    private final ParkService parks;
    private final Clock clock;

    SheetWorkbook(IndicatorSheetService sheets, StatisticsService statistics, ParkService parks, Clock clock) {
        this.sheets = sheets;
        this.statistics = statistics;
        this.parks = parks;
        this.clock = clock;
    }

    /** The file name and content of the report's section 三 workbook, texts in the given language. */
    public ExportedWorkbook export(long reportId, Locale locale) {
        SheetView sheet = sheets.sheet(reportId);
        Catalogue catalogue = sheets.catalogueOf(reportId);
        Park park = parks.get(sheet.parkId());
        SortedSet<Integer> years = StatisticYears.of(sheet.year(), park.getConstructionBaseYear());
        Map<String, BigDecimal> known = new HashMap<>();
        statistics.values(sheet.parkId(), years.first(), years.last())
                .forEach(v -> known.put(v.statistic() + "@" + v.year(), v.value()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            infoSheet(workbook, styles, locale, sheet, park);
            indicatorSheet(workbook, styles, locale, sheet, catalogue, park);
            statisticsSheet(workbook, styles, locale, catalogue, park, years, known);
            workbook.setActiveSheet(1);
            workbook.write(out);
            String fileName = text(locale, "spreadsheet.fileName", park.getName(), String.valueOf(sheet.year()));
            return new ExportedWorkbook(fileName, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An exported workbook, ready to download. */
    public record ExportedWorkbook(String fileName, byte[] content) {
    }

    private void infoSheet(XSSFWorkbook workbook, Styles styles, Locale locale, SheetView sheet, Park park) {
        XSSFSheet info = workbook.createSheet(text(locale, INFO));
        info.setColumnWidth(0, 18 * 256);
        info.setColumnWidth(1, 70 * 256);
        title(info, styles, text(locale, "spreadsheet.info.title"), 1);
        infoRow(info, styles, INFO_PARK_NAME_ROW, text(locale, "spreadsheet.info.park"), park.getName());
        infoRow(info, styles, INFO_PARK_ID_ROW, text(locale, "spreadsheet.info.parkId"), sheet.parkId());
        infoRow(info, styles, INFO_REPORT_ID_ROW, text(locale, "spreadsheet.info.reportId"), sheet.reportId());
        infoRow(info, styles, INFO_YEAR_ROW, text(locale, "spreadsheet.info.year"), sheet.year());
        infoRow(info, styles, INFO_STANDARD_ROW, text(locale, "spreadsheet.info.standard"), sheet.standardCode());
        infoRow(info, styles, INFO_EXPORTED_ROW, text(locale, "spreadsheet.info.exportedAt"),
                EXPORTED_AT.format(clock.instant().atZone(clock.getZone())));
        Cell helpTitle = info.createRow(INFO_HELP_ROW).createCell(0);
        helpTitle.setCellValue(text(locale, "spreadsheet.help.title"));
        helpTitle.setCellStyle(styles.bold);
        for (int i = 1; i <= HELP_LINES; i++) {
            Row row = info.createRow(INFO_HELP_ROW + i);
            Cell cell = row.createCell(0);
            cell.setCellValue(i + ". " + text(locale, "spreadsheet.help." + i));
            cell.setCellStyle(styles.wrapped);
            info.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
            row.setHeightInPoints(30);
        }
        protect(info);
    }

    private static void infoRow(XSSFSheet info, Styles styles, int rowIndex, String label, Object value) {
        Row row = info.createRow(rowIndex);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        labelCell.setCellStyle(styles.header);
        Cell valueCell = row.createCell(INFO_VALUE_COLUMN);
        if (value instanceof Number number) {
            valueCell.setCellValue(number.doubleValue());
        } else {
            valueCell.setCellValue(String.valueOf(value));
        }
        valueCell.setCellStyle(styles.locked);
    }

    private void indicatorSheet(XSSFWorkbook workbook, Styles styles, Locale locale, SheetView sheet,
            Catalogue catalogue, Park park) {
        XSSFSheet table = workbook.createSheet(text(locale, INDICATORS));
        int[] widths = {12, 6, 44, 12, 24, 8, 10, 14, 40};
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c] * 256);
        }
        title(table, styles, text(locale, "spreadsheet.indicators.title", park.getName(), String.valueOf(sheet.year()),
                sheet.standardCode()), NOTE);
        Row header = table.createRow(HEADER_ROW);
        String[] headers = {"category", "number", "indicator", "unit", "requirement", "kind", "assessed", "value",
            "note"};
        for (int c = 0; c < headers.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(text(locale, "spreadsheet.indicators." + headers[c]));
            cell.setCellStyle(styles.header);
        }
        Map<Long, CategorySpec> categories = catalogue.categoriesById();
        Map<String, SheetView.Entry> entries = sheet.entries().stream()
                .collect(Collectors.toMap(SheetView.Entry::code, Function.identity()));
        String[] yesNo = {text(locale, YES), text(locale, NO)};
        DataValidationHelper validations = table.getDataValidationHelper();
        int rowIndex = FIRST_ROW;
        for (IndicatorSpec indicator : inCatalogueOrder(catalogue)) {
            SheetView.Entry entry = entries.get(indicator.code());
            Row row = table.createRow(rowIndex);
            CategorySpec category = categories.get(indicator.categoryId());
            locked(row, CATEGORY, category == null ? "" : category.name().in(locale), styles);
            locked(row, CODE, indicator.code(), styles);
            locked(row, NAME, indicator.name().in(locale)
                    + (indicator.footnoteMarks() == null ? "" : " " + indicator.footnoteMarks()), styles);
            locked(row, UNIT, indicator.unit().in(locale), styles);
            locked(row, REQUIREMENT, indicator.requirement().in(locale), styles);
            locked(row, KIND, text(locale, indicator.selection().labelKey()), styles);
            boolean selected = indicator.isMandatory() || (entry != null && entry.selected());
            Cell assessed = row.createCell(SELECTED);
            assessed.setCellValue(selected ? yesNo[0] : yesNo[1]);
            if (indicator.isMandatory()) {
                assessed.setCellStyle(styles.locked);
            } else {
                assessed.setCellStyle(styles.input);
                validate(table, validations.createExplicitListConstraint(yesNo), rowIndex, SELECTED, locale,
                        "spreadsheet.validation.yesNo");
            }
            Cell value = row.createCell(VALUE);
            String note;
            if (indicator.isComputed()) {
                value.setCellStyle(styles.locked);
                note = text(locale, "evaluation.editor.computed", indicator.formula().in(locale));
            } else if (indicator.ruleKind() == RuleKind.STATE) {
                if (entry != null && entry.enteredState() != null) {
                    value.setCellValue(entry.enteredState() ? yesNo[0] : yesNo[1]);
                }
                value.setCellStyle(styles.input);
                validate(table, validations.createExplicitListConstraint(yesNo), rowIndex, VALUE, locale,
                        "spreadsheet.validation.yesNo");
                note = text(locale, "spreadsheet.note.state", indicator.requirement().in(locale));
            } else {
                number(value, entry == null ? null : entry.enteredValue());
                value.setCellStyle(styles.input);
                boolean count = indicator.ruleKind().isCount();
                RangeCheck check = RangeCheck.of(indicator.range());
                validate(table, check.constraint(validations), rowIndex, VALUE, locale, check.errorKey,
                        check.errorArgs);
                note = text(locale, count ? "spreadsheet.note.count" : "spreadsheet.note.value",
                        indicator.unit().in(locale));
            }
            locked(row, NOTE, note, styles);
            rowIndex++;
        }
        rowIndex++;
        if (sheet.previousSelection() != null) {
            Row previous = table.createRow(rowIndex++);
            locked(previous, CATEGORY, text(locale, "spreadsheet.indicators.previousSelection",
                    sheet.previousSelection().stream().sorted(CODE_ORDER)
                            .collect(Collectors.joining("、"))), styles);
            table.addMergedRegion(new CellRangeAddress(previous.getRowNum(), previous.getRowNum(), CATEGORY, NOTE));
        }
        Row reason = table.createRow(rowIndex);
        reason.setHeightInPoints(45);
        locked(reason, CATEGORY, text(locale, REASON_LABEL), styles);
        locked(reason, CODE, "", styles);
        table.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, CATEGORY, CODE));
        Cell reasonValue = reason.createCell(REASON_VALUE);
        reasonValue.setCellValue(sheet.selectionChangeReason() == null ? "" : sheet.selectionChangeReason());
        reasonValue.setCellStyle(styles.inputWrapped);
        for (int c = REASON_VALUE + 1; c <= NOTE; c++) {
            reason.createCell(c).setCellStyle(styles.inputWrapped);
        }
        table.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, REASON_VALUE, NOTE));
        table.createFreezePane(NAME + 1, FIRST_ROW);
        protect(table);
    }

    private void statisticsSheet(XSSFWorkbook workbook, Styles styles, Locale locale, Catalogue catalogue, Park park,
            SortedSet<Integer> years, Map<String, BigDecimal> known) {
        XSSFSheet table = workbook.createSheet(text(locale, STATISTICS));
        int keyColumn = FIRST_YEAR + years.size();
        table.setColumnWidth(STATISTIC_NAME, 30 * 256);
        table.setColumnWidth(STATISTIC_UNIT, 14 * 256);
        for (int c = FIRST_YEAR; c < keyColumn; c++) {
            table.setColumnWidth(c, 16 * 256);
        }
        table.setColumnWidth(keyColumn, 24 * 256);
        title(table, styles, text(locale, "spreadsheet.statistics.title", park.getName(),
                String.valueOf(park.getConstructionBaseYear())), keyColumn);
        Row header = table.createRow(HEADER_ROW);
        headerCell(header, STATISTIC_NAME, text(locale, "spreadsheet.statistics.statistic"), styles);
        headerCell(header, STATISTIC_UNIT, text(locale, "spreadsheet.statistics.unit"), styles);
        int column = FIRST_YEAR;
        for (int year : years) {
            Cell cell = header.createCell(column++);
            cell.setCellValue(year);
            cell.setCellStyle(styles.header);
        }
        headerCell(header, keyColumn, text(locale, STATISTIC_KEY_HEADER), styles);
        int rowIndex = FIRST_ROW;
        List<StatisticSpec> specs = catalogue.statistics().values().stream()
                .sorted(Comparator.comparingInt(StatisticSpec::sortOrder)).toList();
        for (StatisticSpec spec : specs) {
            Row row = table.createRow(rowIndex++);
            locked(row, STATISTIC_NAME, spec.name().in(locale), styles);
            locked(row, STATISTIC_UNIT, spec.unit().in(locale), styles);
            column = FIRST_YEAR;
            for (int year : years) {
                Cell cell = row.createCell(column++);
                number(cell, known.get(spec.key() + "@" + year));
                cell.setCellStyle(styles.input);
            }
            locked(row, keyColumn, spec.key(), styles);
            // Excel refuses what the import would refuse anyway, with the statistic's own range.
            RangeCheck check = RangeCheck.of(spec.range());
            DataValidationHelper validations = table.getDataValidationHelper();
            DataValidation validation = validations.createValidation(check.constraint(validations),
                    new CellRangeAddressList(row.getRowNum(), row.getRowNum(), FIRST_YEAR, keyColumn - 1));
            errorBox(validation, locale, check.errorKey, check.errorArgs);
            table.addValidationData(validation);
        }
        table.createFreezePane(FIRST_YEAR, FIRST_ROW);
        protect(table);
    }

    /** The rows as the editor shows them: category by category, each in the catalogue's order. */
    static List<IndicatorSpec> inCatalogueOrder(Catalogue catalogue) {
        List<IndicatorSpec> rows = new java.util.ArrayList<>();
        for (CategorySpec category : catalogue.categories()) {
            catalogue.indicators().stream().filter(i -> i.categoryId() == category.id()).forEach(rows::add);
        }
        return rows;
    }

    private static void validate(XSSFSheet sheet, DataValidationConstraint constraint, int row, int column,
            Locale locale, String errorKey, Object... errorArgs) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(row, row, column, column));
        errorBox(validation, locale, errorKey, errorArgs);
        sheet.addValidationData(validation);
    }

    private static void errorBox(DataValidation validation, Locale locale, String errorKey, Object... errorArgs) {
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(text(locale, "spreadsheet.validation.title"), text(locale, errorKey, errorArgs));
    }

    /** A catalogue range as Excel's own check of a typed cell, with the message it shows. */
    private record RangeCheck(boolean whole, String min, String max, String errorKey, Object[] errorArgs) {

        static RangeCheck of(ValueRange range) {
            String min = range.min() == null ? null : ValueRange.plain(range.min());
            String max = range.max() == null ? null : ValueRange.plain(range.max());
            if (min != null && max != null) {
                return new RangeCheck(range.wholeNumber(), min, max,
                        range.wholeNumber() ? "entry.validation.wholeBetween" : "entry.validation.between",
                        new Object[] {min, max});
            }
            return new RangeCheck(range.wholeNumber(), "0", null,
                    range.wholeNumber() ? "spreadsheet.validation.count" : "spreadsheet.validation.number",
                    new Object[0]);
        }

        DataValidationConstraint constraint(DataValidationHelper validations) {
            int operator = max == null ? OperatorType.GREATER_OR_EQUAL : OperatorType.BETWEEN;
            return whole ? validations.createIntegerConstraint(operator, min, max)
                    : validations.createDecimalConstraint(operator, min, max);
        }
    }

    /**
     * Locks every cell not explicitly unlocked. No password: the lock guides, it does not secure; the import checks
     * every cell again. Column widths and row heights stay adjustable.
     */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static void title(XSSFSheet sheet, Styles styles, String text, int lastColumn) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title);
        sheet.getRow(0).setHeightInPoints(24);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
        }
    }

    private static void headerCell(Row row, int column, String text, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    private static void locked(Row row, int column, String text, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.locked);
    }

    /**
     * A number as a numeric cell when a double holds it exactly as Excel shows it, otherwise as text (statistics keep
     * up to 24 digits), so that exporting and importing again never changes a value.
     */
    static void number(Cell cell, BigDecimal value) {
        if (value == null) {
            cell.setBlank();
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        double asDouble = plain.doubleValue();
        if (Double.isFinite(asDouble)
                && new BigDecimal(NumberToTextConverter.toText(asDouble)).compareTo(plain) == 0) {
            cell.setCellValue(asDouble);
        } else {
            cell.setCellValue(plain.toPlainString());
        }
    }

    /** Cell styles of one workbook (a workbook's styles are shared by its cells and limited in number). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle locked;
        final CellStyle input;
        final CellStyle inputWrapped;
        final CellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);

            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);

            locked = bordered(workbook);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked.setWrapText(true);
            locked.setLocked(true);

            header = bordered(workbook);
            header.cloneStyleFrom(locked);
            header.setFont(boldFont);

            input = bordered(workbook);
            input.setLocked(false);

            inputWrapped = bordered(workbook);
            inputWrapped.setLocked(false);
            inputWrapped.setWrapText(true);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
