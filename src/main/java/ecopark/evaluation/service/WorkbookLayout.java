package ecopark.evaluation.service;

import ecopark.base.i18n.TranslationProvider;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * Where things are in the section 三 workbook, shared by the export and the import: three sheets (report, indicator
 * table, yearly statistics), fixed rows and columns. Sheet names and yes/no words follow the exporter's language;
 * the import accepts either language.
 */
final class WorkbookLayout {

    static final String INFO = "spreadsheet.sheet.info";
    static final String INDICATORS = "spreadsheet.sheet.indicators";
    static final String STATISTICS = "spreadsheet.sheet.statistics";

    /** Report sheet: labels in column A, values in column B. */
    static final int INFO_VALUE_COLUMN = 1;
    static final int INFO_PARK_NAME_ROW = 2;
    static final int INFO_PARK_ID_ROW = 3;
    static final int INFO_REPORT_ID_ROW = 4;
    static final int INFO_YEAR_ROW = 5;
    static final int INFO_STANDARD_ROW = 6;
    static final int INFO_EXPORTED_ROW = 7;
    static final int INFO_HELP_ROW = 9;

    /** Indicator sheet: a title, a header row, one row per indicator in catalogue order, then the change reason. */
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;
    static final int CATEGORY = 0;
    static final int CODE = 1;
    static final int NAME = 2;
    static final int UNIT = 3;
    static final int REQUIREMENT = 4;
    static final int KIND = 5;
    static final int SELECTED = 6;
    static final int VALUE = 7;
    static final int NOTE = 8;
    static final int REASON_VALUE = 2;
    static final String REASON_LABEL = "spreadsheet.indicators.changeReason";

    /** Statistics sheet: name, unit, one column per year, then the statistic's key. */
    static final int STATISTIC_NAME = 0;
    static final int STATISTIC_UNIT = 1;
    static final int FIRST_YEAR = 2;
    static final String STATISTIC_KEY_HEADER = "spreadsheet.statistics.key";

    /** Indicator numbers in numeric order ("2" before "10"); other codes after, alphabetically. */
    static final Comparator<String> CODE_ORDER = Comparator
            .comparing((String code) -> code.matches("\\d+") ? Integer.parseInt(code) : Integer.MAX_VALUE)
            .thenComparing(Comparator.naturalOrder());

    static final String YES = "spreadsheet.yes";
    static final String NO = "spreadsheet.no";

    private WorkbookLayout() {
    }

    static String text(Locale locale, String key, Object... args) {
        return TranslationProvider.translate(locale, key, args);
    }

    /** The text in both languages, for recognising what either language's export wrote. */
    static Set<String> bothLanguages(String key) {
        return Set.of(text(TranslationProvider.CHINESE, key), text(TranslationProvider.ENGLISH, key));
    }

    /** "统计数据!C7": the sheet's name as the user sees it and the cell in A1 notation. */
    static String address(String sheetName, int row, int column) {
        return sheetName + "!" + new CellReference(row, column, false, false).formatAsString();
    }

    /** "指标数据!G3:G34". */
    static String range(String sheetName, int firstRow, int lastRow, int column) {
        return address(sheetName, firstRow, column) + ":"
                + new CellReference(lastRow, column, false, false).formatAsString();
    }
}
