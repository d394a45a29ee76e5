package ecopark.evaluation.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.security.CurrentUser;
import static ecopark.evaluation.service.WorkbookLayout.*;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.NumberInput;
import ecopark.base.domain.PlainText;
import ecopark.base.filestore.UploadLimit;
import ecopark.base.filestore.WorkbookGuard;
import ecopark.base.i18n.Translatable;
import ecopark.evaluation.domain.IndicatorSheet;
import ecopark.park.service.ParkService;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a filled section 三 workbook ({@link SheetWorkbook}'s layout) back into a report. All or nothing: every cell
 * is checked first — numbers, yes/no words, indicator numbers, years, the report and park the file was made for,
 * the selection rules — and with any problem nothing changes and every problem is listed with its cell. A clean file
 * is applied in one transaction through {@link IndicatorSheetService} and {@link StatisticsService}, so the same
 * access and value rules hold as in the editor. Staff of the park only, and only while the report
 * is a draft or returned.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SheetImport {

    static final String FORMULA_WITHOUT_VALUE = "entry.import.formulaWithoutValue";
    /** Far more rows than any sheet of the template has (it has one row per catalogue indicator or statistic). */
    static final int MAX_ROWS = 2_000;


    private final IndicatorSheetService sheets;
    private final StatisticsService statistics;
    private final ParkService parks;
    private final EvaluationAccess access;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final UploadLimit limit;

    SheetImport(IndicatorSheetService sheets, StatisticsService statistics, ParkService parks, EvaluationAccess access,
            PlatformTransactionManager transactionManager, AuditTrail audit, CurrentUser currentUser,
            UploadLimit limit) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.limit = limit;
        this.sheets = sheets;
        this.statistics = statistics;
        this.parks = parks;
        this.access = access;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The largest workbook accepted, in megabytes (the one upload limit), for the upload component. */
    public int maxMegabytes() {
        return limit.megabytes();
    }

    /**
     * Imports the workbook into the report's indicator sheet and the park's statistics; returns every problem found
     * (and then changes nothing) or what changed. Refused outright for users who may not write the park's
     * evaluation data and for reports that are no longer editable.
     */
    public SheetImportResult importWorkbook(long reportId, byte[] content) {
        SheetView checked = sheets.sheet(reportId);
        access.requireWriter(checked.parkId());
        access.requireEditable(reportId);
        if (limit.exceeds(content.length)) {
            return SheetImportResult.refused(List.of(SheetImportProblem.at("", "spreadsheet.import.tooBig",
                    limit.megabytes())));
        }
        try {
            return transactions.execute(status -> {
                SheetView sheet = sheets.sheet(reportId);
                Plan plan = read(sheet, content);
                if (!plan.problems.isEmpty()) {
                    status.setRollbackOnly();
                    return SheetImportResult.refused(plan.problems);
                }
                return apply(reportId, sheet, plan);
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            return SheetImportResult.refused(List.of(SheetImportProblem.at("", "spreadsheet.import.conflict")));
        } catch (BusinessRuleException e) {
            // A rule only the service knows (or a report submitted meanwhile) refused a change after the checks
            // passed: everything was rolled back.
            return SheetImportResult.refused(List.of(SheetImportProblem.at("", e.messageKey(), e.args())));
        }
    }

    private Plan read(SheetView sheet, byte[] content) {
        Plan plan = new Plan();
        WorkbookGuard.Opened opened = WorkbookGuard.open(content, limit.bytes(), MAX_ROWS);
        if (opened.refusal() != null) {
            // Not an .xlsx file, a damaged, encrypted or old one, a zip bomb, or far more than the template's rows
            // and columns: refused before any cell is read (a sheet's limit is reported at the sheet).
            WorkbookGuard.Refusal refusal = opened.refusal();
            String where = refusal == WorkbookGuard.Refusal.TOO_MANY_ROWS
                    || refusal == WorkbookGuard.Refusal.TOO_MANY_COLUMNS ? String.valueOf(opened.args()[0]) : "";
            plan.problems.add(refusal == WorkbookGuard.Refusal.NOT_WORKBOOK
                    ? SheetImportProblem.at("", "spreadsheet.import.unreadable")
                    : SheetImportProblem.at(where, refusal.key(), opened.args()));
            return plan;
        }
        try (Workbook workbook = opened.workbook()) {
            Catalogue catalogue = sheets.catalogueOf(sheet.reportId());
            readInfo(workbook, sheet, plan);
            readIndicators(workbook, sheet, catalogue, plan);
            readStatistics(workbook, sheet, catalogue, plan);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return plan;
    }

    private void readInfo(Workbook workbook, SheetView sheet, Plan plan) {
        Sheet info = sheet(workbook, INFO, plan);
        if (info == null) {
            return;
        }
        expectNumber(info, INFO_PARK_ID_ROW, sheet.parkId(), "spreadsheet.import.wrongPark", plan);
        expectNumber(info, INFO_REPORT_ID_ROW, sheet.reportId(), "spreadsheet.import.wrongReport", plan);
        expectNumber(info, INFO_YEAR_ROW, sheet.year(), "spreadsheet.import.wrongYear", plan);
    }

    private static void expectNumber(Sheet info, int rowIndex, long expected, String key, Plan plan) {
        Cell cell = cell(info, rowIndex, INFO_VALUE_COLUMN);
        String address = address(info.getSheetName(), rowIndex, INFO_VALUE_COLUMN);
        Parsed<BigDecimal> found = number(cell);
        if (found.problem != null || found.value == null) {
            plan.problems.add(SheetImportProblem.at(address, key, text(cell), String.valueOf(expected)));
        } else if (found.value.compareTo(BigDecimal.valueOf(expected)) != 0) {
            plan.problems.add(SheetImportProblem.at(address, key, found.value.toPlainString(),
                    String.valueOf(expected)));
        }
    }

    private void readIndicators(Workbook workbook, SheetView sheet, Catalogue catalogue, Plan plan) {
        Sheet table = sheet(workbook, INDICATORS, plan);
        if (table == null) {
            return;
        }
        String name = table.getSheetName();
        Set<String> reasonLabels = bothLanguages(REASON_LABEL);
        boolean selectionReadable = true;
        int lastIndicatorRow = FIRST_ROW;
        String reasonAddress = name;
        String reason = null;
        for (int r = FIRST_ROW; r <= table.getLastRowNum(); r++) {
            String code = text(cell(table, r, CODE));
            if (code.isEmpty()) {
                if (reasonLabels.contains(text(cell(table, r, CATEGORY)))) {
                    reasonAddress = address(name, r, REASON_VALUE);
                    String typed = text(cell(table, r, REASON_VALUE));
                    reason = typed.isEmpty() ? null : typed;
                }
                continue;
            }
            lastIndicatorRow = r;
            Optional<IndicatorSpec> found = catalogue.indicator(code);
            if (found.isEmpty()) {
                plan.problems.add(SheetImportProblem.at(address(name, r, CODE), "spreadsheet.import.unknownIndicator",
                        code));
                continue;
            }
            IndicatorSpec indicator = found.get();
            if (plan.entries.containsKey(code)) {
                plan.problems.add(SheetImportProblem.at(address(name, r, CODE),
                        "spreadsheet.import.duplicateIndicator", code));
                continue;
            }
            PlannedEntry entry = new PlannedEntry(indicator);
            plan.entries.put(code, entry);
            Parsed<Boolean> assessed = yesNo(cell(table, r, SELECTED));
            if (assessed.problem != null) {
                plan.problems.add(SheetImportProblem.at(address(name, r, SELECTED), assessed.problem,
                        text(cell(table, r, SELECTED))));
                selectionReadable = false;
            } else if (indicator.isMandatory() && Boolean.FALSE.equals(assessed.value)) {
                plan.problems.add(SheetImportProblem.at(address(name, r, SELECTED),
                        "evaluation.error.mandatoryNotSelectable", code));
            } else {
                entry.selected = indicator.isMandatory() || Boolean.TRUE.equals(assessed.value);
            }
            readEntry(table, r, entry, plan);
        }
        for (IndicatorSpec indicator : catalogue.indicators()) {
            if (!plan.entries.containsKey(indicator.code())) {
                plan.problems.add(SheetImportProblem.at(name, "spreadsheet.import.missingIndicator",
                        indicator.code()));
                selectionReadable = false;
            }
        }
        if (selectionReadable) {
            planSelection(sheet, catalogue, plan, range(name, FIRST_ROW, lastIndicatorRow, SELECTED), reasonAddress,
                    reason);
        }
    }

    private static void readEntry(Sheet table, int r, PlannedEntry entry, Plan plan) {
        IndicatorSpec indicator = entry.indicator;
        Cell cell = cell(table, r, VALUE);
        String address = address(table.getSheetName(), r, VALUE);
        if (indicator.isComputed()) {
            if (!text(cell).isEmpty()) {
                plan.problems.add(SheetImportProblem.at(address,
                        IndicatorSheetService.refusedValue(indicator, null).orElseThrow()));
            }
            return;
        }
        if (indicator.ruleKind().isState()) {
            Parsed<Boolean> state = yesNo(cell);
            if (state.problem != null) {
                plan.problems.add(SheetImportProblem.at(address, state.problem, text(cell)));
            } else {
                entry.state = state.value;
            }
            return;
        }
        Parsed<BigDecimal> value = number(cell);
        if (value.problem != null) {
            plan.problems.add(problem(address, cell, value.problem));
            return;
        }
        Optional<Reason> refused = IndicatorSheetService.refusedValue(indicator, value.value);
        if (refused.isPresent()) {
            plan.problems.add(SheetImportProblem.at(address, refused.get()));
        } else {
            entry.value = value.value;
        }
    }

    /**
     * The selection changes only when the file's differs from the sheet's (or the reason for differing from last
     * year changed); then the selection rules of the standard version hold as in the editor.
     */
    private static void planSelection(SheetView sheet, Catalogue catalogue, Plan plan, String selectionRange,
            String reasonAddress, String reason) {
        Set<String> selected = plan.entries.values().stream()
                .filter(e -> !e.indicator.isMandatory() && e.selected)
                .map(e -> e.indicator.code()).collect(Collectors.toUnmodifiableSet());
        Map<String, IndicatorSpec> byCode = catalogue.indicators().stream()
                .collect(Collectors.toMap(IndicatorSpec::code, Function.identity()));
        Set<String> current = sheet.entries().stream()
                .filter(e -> e.selected() && byCode.containsKey(e.code()) && !byCode.get(e.code()).isMandatory())
                .map(SheetView.Entry::code).collect(Collectors.toUnmodifiableSet());
        boolean differsFromPrevious = sheet.previousSelection() != null
                && !sheet.previousSelection().equals(selected);
        boolean reasonChanged = differsFromPrevious && !Objects.equals(reason, sheet.selectionChangeReason());
        if (selected.equals(current) && !reasonChanged) {
            return;
        }
        SelectionRules.check(catalogue, selected)
                .forEach(problem -> plan.problems.add(SheetImportProblem.at(selectionRange, problem)));
        if (differsFromPrevious && reason == null) {
            plan.problems.add(SheetImportProblem.at(reasonAddress, SelectionRules.CHANGED_WITHOUT_REASON,
                    Translatable.listOfPlain(sheet.previousSelection().stream().sorted(CODE_ORDER).toList())));
        }
        if (reason != null && reason.length() > IndicatorSheet.REASON_MAX_LENGTH) {
            plan.problems.add(SheetImportProblem.at(reasonAddress, "evaluation.error.reasonTooLong",
                    IndicatorSheet.REASON_MAX_LENGTH));
        } else if (reason != null) {
            PlainText.check(reason, Integer.MAX_VALUE).ifPresent(p -> plan.problems.add(
                    SheetImportProblem.at(reasonAddress, p.key(), p.args())));
        }
        plan.selection = selected;
        plan.selectionChanges = (int) symmetricDifference(selected, current);
        plan.reason = reason;
    }

    private void readStatistics(Workbook workbook, SheetView sheet, Catalogue catalogue, Plan plan) {
        Sheet table = sheet(workbook, STATISTICS, plan);
        if (table == null) {
            return;
        }
        String name = table.getSheetName();
        SortedSet<Integer> allowed = StatisticYears.of(sheet.year(), parks.get(sheet.parkId())
                .getConstructionBaseYear());
        Map<String, BigDecimal> stored = new HashMap<>();
        statistics.values(sheet.parkId(), allowed.first(), allowed.last())
                .forEach(v -> stored.put(v.statistic() + "@" + v.year(), v.value()));

        Row header = table.getRow(HEADER_ROW);
        int keyColumn = -1;
        Set<String> keyHeaders = bothLanguages(STATISTIC_KEY_HEADER);
        for (int c = FIRST_YEAR; header != null && c < header.getLastCellNum(); c++) {
            if (keyHeaders.contains(text(header.getCell(c)))) {
                keyColumn = c;
                break;
            }
        }
        if (keyColumn < 0) {
            plan.problems.add(SheetImportProblem.at(address(name, HEADER_ROW, FIRST_YEAR),
                    "spreadsheet.import.missingKeyColumn"));
            return;
        }
        Map<Integer, Integer> yearOfColumn = new LinkedHashMap<>();
        for (int c = FIRST_YEAR; c < keyColumn; c++) {
            Cell cell = header.getCell(c);
            String typed = text(cell);
            if (typed.isEmpty()) {
                continue;
            }
            Parsed<BigDecimal> year = number(cell);
            String at = address(name, HEADER_ROW, c);
            if (year.problem != null || year.value == null || year.value.stripTrailingZeros().scale() > 0) {
                plan.problems.add(SheetImportProblem.at(at, "spreadsheet.import.notAYear", typed));
            } else if (!allowed.contains(year.value.intValue())) {
                plan.problems.add(SheetImportProblem.at(at, "spreadsheet.import.yearNotInReport", typed,
                        Translatable.listOfPlain(allowed.stream().map(String::valueOf).toList())));
            } else if (yearOfColumn.containsValue(year.value.intValue())) {
                plan.problems.add(SheetImportProblem.at(at, "spreadsheet.import.duplicateYear", typed));
            } else {
                yearOfColumn.put(c, year.value.intValue());
            }
        }
        Set<String> seen = new HashSet<>();
        for (int r = FIRST_ROW; r <= table.getLastRowNum(); r++) {
            String key = text(cell(table, r, keyColumn));
            if (key.isEmpty()) {
                continue;
            }
            String keyAddress = address(name, r, keyColumn);
            if (!catalogue.statistics().containsKey(key)) {
                plan.problems.add(SheetImportProblem.at(keyAddress, "evaluation.error.unknownStatistic", key));
                continue;
            }
            if (!seen.add(key)) {
                plan.problems.add(SheetImportProblem.at(keyAddress, "spreadsheet.import.duplicateStatistic", key));
                continue;
            }
            for (Map.Entry<Integer, Integer> column : yearOfColumn.entrySet()) {
                Cell cell = cell(table, r, column.getKey());
                String at = address(name, r, column.getKey());
                BigDecimal before = stored.get(key + "@" + column.getValue());
                Parsed<BigDecimal> value = number(cell);
                if (value.problem != null) {
                    plan.problems.add(problem(at, cell, value.problem));
                } else if (value.value == null) {
                    if (before != null) {
                        plan.problems.add(SheetImportProblem.at(at, "spreadsheet.import.cannotClear",
                                before.stripTrailingZeros().toPlainString()));
                    }
                } else {
                    Optional<Reason> refused = StatisticsService.refusedValue(
                            catalogue.statistics().get(key), value.value);
                    if (refused.isPresent()) {
                        plan.problems.add(SheetImportProblem.at(at, refused.get()));
                    } else if (before == null || before.compareTo(value.value) != 0) {
                        plan.statistics.computeIfAbsent(column.getValue(), y -> new LinkedHashMap<>())
                                .put(key, value.value);
                    }
                }
            }
        }
    }

    private SheetImportResult apply(long reportId, SheetView sheet, Plan plan) {
        int changedEntries = 0;
        if (plan.selection != null) {
            sheets.select(reportId, plan.selection, plan.reason);
            changedEntries += plan.selectionChanges;
        }
        Map<String, SheetView.Entry> current = sheet.entries().stream()
                .collect(Collectors.toMap(SheetView.Entry::code, Function.identity()));
        for (PlannedEntry entry : plan.entries.values()) {
            IndicatorSpec indicator = entry.indicator;
            if (indicator.isComputed()) {
                continue;
            }
            SheetView.Entry before = current.get(indicator.code());
            if (indicator.ruleKind().isState()) {
                if (!Objects.equals(entry.state, before == null ? null : before.enteredState())) {
                    sheets.enterState(reportId, indicator.code(), entry.state);
                    changedEntries++;
                }
            } else if (!sameNumber(entry.value, before == null ? null : before.enteredValue())) {
                sheets.enterValue(reportId, indicator.code(), entry.value);
                changedEntries++;
            }
        }
        int changedStatistics = 0;
        for (Map.Entry<Integer, Map<String, BigDecimal>> year : plan.statistics.entrySet()) {
            statistics.record(sheet.parkId(), year.getKey(), year.getValue());
            changedStatistics += year.getValue().size();
        }
        audit.record(currentUser.require().asActor(), AuditAction.INDICATOR_SHEET_IMPORTED, AuditSubject.REPORT,
                reportId, sheet.parkId(), changedEntries, changedStatistics);
        return new SheetImportResult(List.of(), changedEntries, changedStatistics);
    }

    private static Sheet sheet(Workbook workbook, String nameKey, Plan plan) {
        Set<String> names = bothLanguages(nameKey);
        for (Sheet sheet : workbook) {
            if (names.contains(sheet.getSheetName().strip())) {
                return sheet;
            }
        }
        String chinese = WorkbookLayout.text(ecopark.base.i18n.TranslationProvider.CHINESE, nameKey);
        plan.problems.add(SheetImportProblem.at(chinese, "spreadsheet.import.missingSheet", chinese));
        return null;
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /** What a cell shows as text, stripped: numbers as Excel shows them, formulas by their cached result. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /**
     * A number from a numeric cell, taken as Excel shows it (up to 15 significant digits, which is all a cell holds),
     * or from text through {@link NumberInput} (full-width digits accepted; separators, exponents and units refused
     * with the parser's reason); empty for a blank cell. A formula without a stored result is refused, never read as
     * the 0 POI reports for it.
     */
    static Parsed<BigDecimal> number(Cell cell) {
        if (cell == null) {
            return Parsed.of(null);
        }
        if (cell.getCellType() == CellType.FORMULA && !hasCachedResult(cell)) {
            return Parsed.problem(FORMULA_WITHOUT_VALUE);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return Parsed.of(new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())));
        }
        if (type == CellType.BLANK) {
            return Parsed.of(null);
        }
        if (type != CellType.STRING) {
            return Parsed.problem("spreadsheet.import.notANumber");
        }
        if (PlainText.forbiddenCount(cell.getStringCellValue()) > 0) {
            // An invisible character pasted with the number: named, rather than "not a number".
            return Parsed.problem(PlainText.ERROR_CONTROL);
        }
        NumberInput.Parsed parsed = NumberInput.parse(cell.getStringCellValue());
        return parsed.isValid() ? Parsed.of(parsed.value()) : Parsed.problem(parsed.errorKey());
    }

    /** Whether a formula cell carries the result Excel stored when it last calculated (POI writes none). */
    private static boolean hasCachedResult(Cell cell) {
        return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
    }

    /** The problem of a cell, with what it shows (its formula, for a formula without a result). */
    private static SheetImportProblem problem(String address, Cell cell, String key) {
        if (PlainText.ERROR_CONTROL.equals(key)) {
            return SheetImportProblem.at(address, key,
                    PlainText.check(text(cell), Integer.MAX_VALUE).orElseThrow().args());
        }
        return FORMULA_WITHOUT_VALUE.equals(key) ? SheetImportProblem.at(address, key, "=" + cell.getCellFormula())
                : SheetImportProblem.at(address, key, text(cell));
    }

    /** 是/否 (or Yes/No, either language's export); empty for a blank cell. */
    static Parsed<Boolean> yesNo(Cell cell) {
        String typed = text(cell);
        if (typed.isEmpty()) {
            return Parsed.of(null);
        }
        if (containsIgnoringCase(bothLanguages(YES), typed)) {
            return Parsed.of(Boolean.TRUE);
        }
        if (containsIgnoringCase(bothLanguages(NO), typed)) {
            return Parsed.of(Boolean.FALSE);
        }
        return Parsed.problem("spreadsheet.import.notYesNo");
    }

    private static boolean containsIgnoringCase(Set<String> words, String typed) {
        return words.stream().anyMatch(w -> w.equalsIgnoreCase(typed));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static long symmetricDifference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).count() + b.stream().filter(x -> !a.contains(x)).count();
    }

    /** A cell's value, or why it cannot be read (a translation key taking the cell's text). */
    record Parsed<T>(T value, String problem) {

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> problem(String key) {
            return new Parsed<>(null, key);
        }
    }

    /** What the file asks for, checked; applied only when no problem was found. */
    private static final class Plan {

        final List<SheetImportProblem> problems = new ArrayList<>();
        final Map<String, PlannedEntry> entries = new LinkedHashMap<>();
        final Map<Integer, Map<String, BigDecimal>> statistics = new TreeMap<>();
        Set<String> selection;
        int selectionChanges;
        String reason;
    }

    private static final class PlannedEntry {

        final IndicatorSpec indicator;
        boolean selected;
        BigDecimal value;
        Boolean state;

        PlannedEntry(IndicatorSpec indicator) {
            this.indicator = indicator;
        }
    }
}
