package ecopark.rectification.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.PlainText;
import ecopark.base.filestore.UploadLimit;
import ecopark.base.filestore.WorkbookGuard;
import ecopark.base.i18n.TranslationProvider;
import ecopark.rectification.domain.InspectionRound;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as spreadsheets: the filtered list exported to .xlsx, and an inspection round's tasks imported from
 * .xlsx. An import checks every row first and reports each problem with its row and column; when any row is bad,
 * nothing is imported.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RectificationSpreadsheets {

    /** The import's columns, in order; the template's header row names them. */
    public enum Column {
        PARK(true), TITLE(true), DESCRIPTION(false), RESPONSIBLE_UNIT(true), RESPONSIBLE_PERSON(true),
        DEADLINE(true), ASSIGNED_ON(false), STATUS(false), CLOSED_ON(false), PROGRESS(false);

        private final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        public String labelKey() {
            return "rectification.import.column." + name();
        }

        /** Column letter as Excel shows it. */
        public String letter() {
            return String.valueOf((char) ('A' + ordinal()));
        }
    }

    public static final int MAX_ROWS = 10_000;
    static final int EXPORT_PAGE = 1_000;

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));
    private static final Pattern DIGITS = Pattern.compile("\\s*(\\d{1,3})\\s*%?\\s*");

    private final TaskQueries registry;
    private final TaskCommands commands;
    private final RectificationTaskRepository tasks;
    private final UploadLimit limit;

    RectificationSpreadsheets(TaskQueries registry, TaskCommands commands, RectificationTaskRepository tasks,
            UploadLimit limit) {
        this.registry = registry;
        this.commands = commands;
        this.tasks = tasks;
        this.limit = limit;
    }

    /** The largest workbook accepted, in megabytes (the one upload limit), for the upload component. */
    public int maxMegabytes() {
        return limit.megabytes();
    }

    // ------------------------------------------------------------------ export

    /** The filtered list as a workbook, in the user's language, page by page so that large registries fit. */
    @Transactional(readOnly = true)
    public byte[] export(TaskFilter filter, Locale locale) {
        Map<Long, String> parkNames = registry.visibleParkNames();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(t(locale, "rectification.export.sheet"));
            CellStyle header = headerStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] headers = {"rectification.field.id", "rectification.field.park", "rectification.field.source",
                "rectification.field.round", "rectification.field.title", "rectification.field.responsibleUnit",
                "rectification.field.responsiblePerson", "rectification.field.assignedOn",
                "rectification.field.deadline", "rectification.field.status", "rectification.field.overdue",
                "rectification.field.progress", "rectification.field.closedOn"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(t(locale, headers[i]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, (i == 4 ? 48 : i == 1 || i == 3 || i == 5 ? 24 : 12) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            var spec = registry.specification(filter, parkNames.keySet());
            Page<RectificationTask> page;
            int number = 0;
            do {
                page = tasks.findAll(spec, PageRequest.of(number++, EXPORT_PAGE, Sort.by("deadline", "id")));
                var listing = registry.listing(parkNames, registry.roundNames(page.getContent()));
                for (RectificationTask task : page) {
                    TaskListItem item = listing.apply(task);
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(item.id());
                    row.createCell(1).setCellValue(item.parkName());
                    row.createCell(2).setCellValue(t(locale, item.source().labelKey()));
                    row.createCell(3).setCellValue(item.roundName() == null ? "" : item.roundName());
                    row.createCell(4).setCellValue(item.title());
                    row.createCell(5).setCellValue(item.responsibleUnit());
                    row.createCell(6).setCellValue(item.responsiblePerson());
                    dateCell(row, 7, item.assignedOn(), date);
                    dateCell(row, 8, item.deadline(), date);
                    row.createCell(9).setCellValue(t(locale, item.status().labelKey()));
                    row.createCell(10).setCellValue(item.overdue() ? t(locale, "rectification.yes") : "");
                    row.createCell(11).setCellValue(item.progressPercent());
                    dateCell(row, 12, item.closedOn(), date);
                }
            } while (page.hasNext());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ import

    /** An empty import workbook: the columns in the first sheet, how to fill them in the second. */
    public byte[] importTemplate(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(t(locale, "rectification.import.sheet"));
            CellStyle header = headerStyle(workbook);
            Row first = sheet.createRow(0);
            for (Column column : Column.values()) {
                Cell cell = first.createCell(column.ordinal());
                cell.setCellValue(t(locale, column.labelKey()));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), (column == Column.TITLE || column == Column.DESCRIPTION ? 40
                        : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet(t(locale, "rectification.import.helpSheet"));
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 90 * 256);
            int r = 0;
            for (Column column : Column.values()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(column.letter() + " " + t(locale, column.labelKey()));
                row.createCell(1).setCellValue(t(locale, "rectification.import.help." + column.name()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports an inspection round's tasks from the first sheet of a workbook (header in row 1). Managers import into
     * their jurisdiction's rounds for any of its parks; staff into their park's own batches. Every row is checked
     * before anything is saved: with any problem, nothing is imported and every problem is returned.
     */
    public ImportResult importRound(long roundId, byte[] workbookBytes) {
        InspectionRound round = registry.visibleRound(roundId);
        // Refused before the workbook is read: only those who may import into the round get its rows checked.
        if (registry.importableRounds().stream().noneMatch(r -> r.id() == round.getId())) {
            throw new org.springframework.security.access.AccessDeniedException("Round " + roundId
                    + " is not one the user imports into");
        }
        if (limit.exceeds(workbookBytes.length)) {
            return new ImportResult(0, List.of(new ImportProblem(0, null, "upload.error.tooBig", limit.megabytes())));
        }
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        read(workbookBytes, round, rows, problems);
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, null, "rectification.import.error.empty"));
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, problems);
        }
        commands.registerLedger(round.getId(), rows.stream().map(r -> new LedgerEntry(r.parkId(), r.title(),
                r.description(), r.unit(), r.person(), r.assignedOn(), r.deadline(), r.closedOn(), r.progress()))
                .toList());
        return new ImportResult(rows.size(), List.of());
    }

    private void read(byte[] bytes, InspectionRound round, List<ImportRow> rows, List<ImportProblem> problems) {
        WorkbookGuard.Opened opened = WorkbookGuard.open(bytes, limit.bytes(), MAX_ROWS + 1);
        if (opened.refusal() != null) {
            problems.add(switch (opened.refusal()) {
                case NOT_WORKBOOK -> new ImportProblem(0, null, "rectification.import.error.notWorkbook");
                // The header row and MAX_ROWS tasks.
                case TOO_MANY_ROWS -> new ImportProblem(0, null, "rectification.import.error.tooManyRows", MAX_ROWS);
                default -> new ImportProblem(0, null, opened.refusal().key(), opened.args());
            });
            return;
        }
        try (Workbook workbook = opened.workbook()) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Long> parks = parksFor(round);
            Set<String> seen = new HashSet<>();
            LocalDate today = registry.today();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            int last = sheet.getLastRowNum();
            if (last > MAX_ROWS) {
                problems.add(new ImportProblem(0, null, "rectification.import.error.tooManyRows", MAX_ROWS));
                return;
            }
            for (int r = 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null || blankRow(row, formatter)) {
                    continue;
                }
                int number = r + 1;
                List<ImportProblem> rowProblems = new ArrayList<>();
                if (formulas(row, number, problems)) {
                    continue;
                }
                String parkName = text(row, Column.PARK, formatter);
                Long parkId = null;
                if (parkName != null) {
                    parkId = parks.get(parkName);
                    if (parkId == null) {
                        rowProblems.add(new ImportProblem(number, Column.PARK, "rectification.import.error.park",
                                parkName));
                    }
                }
                String title = text(row, Column.TITLE, formatter);
                String description = text(row, Column.DESCRIPTION, formatter);
                String unit = text(row, Column.RESPONSIBLE_UNIT, formatter);
                String person = text(row, Column.RESPONSIBLE_PERSON, formatter);
                for (Column c : Column.values()) {
                    if (c.required && text(row, c, formatter) == null) {
                        rowProblems.add(new ImportProblem(number, c, "rectification.import.error.required"));
                    }
                }
                plain(rowProblems, number, Column.TITLE, title, RectificationTask.TITLE_MAX_LENGTH);
                plain(rowProblems, number, Column.DESCRIPTION, description, RectificationTask.DESCRIPTION_MAX_LENGTH);
                plain(rowProblems, number, Column.RESPONSIBLE_UNIT, unit, RectificationTask.UNIT_MAX_LENGTH);
                plain(rowProblems, number, Column.RESPONSIBLE_PERSON, person, RectificationTask.PERSON_MAX_LENGTH);
                LocalDate deadline = date(row, Column.DEADLINE, formatter, number, rowProblems);
                LocalDate assignedOn = date(row, Column.ASSIGNED_ON, formatter, number, rowProblems);
                if (assignedOn == null) {
                    assignedOn = round.getIssuedOn() != null ? round.getIssuedOn() : today;
                }
                if (assignedOn.isAfter(today)) {
                    rowProblems.add(new ImportProblem(number, Column.ASSIGNED_ON,
                            "rectification.import.error.future"));
                }
                if (deadline != null && deadline.isBefore(assignedOn)) {
                    rowProblems.add(new ImportProblem(number, Column.DEADLINE,
                            "rectification.import.error.deadlineBeforeAssigned", assignedOn));
                }
                boolean closed = false;
                String status = text(row, Column.STATUS, formatter);
                if (status != null) {
                    closed = isClosedStatus(status);
                    if (!closed && !isOpenStatus(status)) {
                        rowProblems.add(new ImportProblem(number, Column.STATUS, "rectification.import.error.status",
                                status));
                    }
                }
                LocalDate closedOn = date(row, Column.CLOSED_ON, formatter, number, rowProblems);
                if (closed && closedOn == null && text(row, Column.CLOSED_ON, formatter) == null) {
                    rowProblems.add(new ImportProblem(number, Column.CLOSED_ON,
                            "rectification.import.error.closedOnRequired"));
                }
                if (!closed && closedOn != null) {
                    rowProblems.add(new ImportProblem(number, Column.CLOSED_ON,
                            "rectification.import.error.closedOnWithoutStatus"));
                }
                if (closedOn != null && (closedOn.isAfter(today) || closedOn.isBefore(assignedOn))) {
                    rowProblems.add(new ImportProblem(number, Column.CLOSED_ON,
                            "rectification.import.error.closedOnRange", assignedOn));
                }
                Integer progress = null;
                String progressText = text(row, Column.PROGRESS, formatter);
                if (progressText != null) {
                    Matcher m = DIGITS.matcher(progressText);
                    if (m.matches() && Integer.parseInt(m.group(1)) <= TaskCommands.PERCENT_MAX) {
                        progress = Integer.parseInt(m.group(1));
                    } else {
                        rowProblems.add(new ImportProblem(number, Column.PROGRESS,
                                "rectification.import.error.progress", progressText));
                    }
                }
                if (parkId != null && title != null && !seen.add(parkId + "\u0000" + title)) {
                    rowProblems.add(new ImportProblem(number, Column.TITLE, "rectification.import.error.duplicate",
                            title));
                }
                problems.addAll(rowProblems);
                if (rowProblems.isEmpty()) {
                    rows.add(new ImportRow(parkId, title, description, unit, person, deadline, assignedOn,
                            closed ? closedOn : null, progress));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Park name → id of the parks a row may name: the batch's own park, or the round's jurisdiction's parks. */
    private Map<String, Long> parksFor(InspectionRound round) {
        Map<String, Long> byName = new java.util.HashMap<>();
        registry.visibleParkNames().forEach((id, name) -> {
            if (commands.mayImport(round, id)) {
                byName.put(name, id);
            }
        });
        if (byName.isEmpty()) {
            throw new AccessDeniedException("May not import into round " + round.getId());
        }
        return byName;
    }

    private static boolean isClosedStatus(String status) {
        return Set.of("已销号", "销号", "已完成销号", "closed").contains(status.toLowerCase(Locale.ROOT));
    }

    private static boolean isOpenStatus(String status) {
        return Set.of("待整改", "未完成", "整改中", "正在整改", "open", "in progress")
                .contains(status.toLowerCase(Locale.ROOT));
    }

    /**
     * A text column's rules: at most {@code max} characters, and no invisible control characters (as everywhere
     * else in the product, {@link PlainText}), each refusal at its row and column.
     */
    private static void plain(List<ImportProblem> problems, int row, Column column, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new ImportProblem(row, column, "rectification.import.error.tooLong", max));
        } else if (value != null) {
            PlainText.check(value, max).ifPresent(p -> problems.add(new ImportProblem(row, column, p.key(),
                    p.args())));
        }
    }

    private static LocalDate date(Row row, Column column, DataFormatter formatter, int number,
            List<ImportProblem> problems) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = text(row, column, formatter);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        problems.add(new ImportProblem(number, column, "rectification.import.error.date", text));
        return null;
    }

    private static Cell cell(Row row, Column column) {
        return row.getCell(column.ordinal(), Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
    }

    /**
     * Formula cells are refused with their row and column: without an evaluator POI would hand over the formula's
     * text (not its result) as the value, and the ledger records what was typed.
     */
    private static boolean formulas(Row row, int number, List<ImportProblem> problems) {
        boolean found = false;
        for (Column c : Column.values()) {
            Cell cell = cell(row, c);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                problems.add(new ImportProblem(number, c, WorkbookGuard.FORMULA));
                found = true;
            }
        }
        return found;
    }

    private static String text(Row row, Column column, DataFormatter formatter) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        String value = formatter.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean blankRow(Row row, DataFormatter formatter) {
        for (Column c : Column.values()) {
            if (text(row, c, formatter) != null) {
                return false;
            }
        }
        return true;
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    private static String t(Locale locale, String key, Object... args) {
        return TranslationProvider.translate(locale, key, args);
    }

    /** A checked row, ready to be saved. */
    private record ImportRow(long parkId, String title, String description, String unit, String person,
            LocalDate deadline, LocalDate assignedOn, LocalDate closedOn, Integer progress) {
    }

    /** A problem of an import: its row (1-based as Excel shows it, 0 for the whole file) and column. */
    public record ImportProblem(int row, Column column, String messageKey, Object... args) {

        /** Longest text of a cell a message quotes: a hostile file may hold 32 767 characters in one. */
        static final int QUOTED_MAX = 60;

        public ImportProblem {
            args = java.util.Arrays.stream(args).map(ImportProblem::quoted).toArray();
        }

        /** A cell's text as a message quotes it: invisible characters dropped, and shortened with "…". */
        private static Object quoted(Object arg) {
            if (!(arg instanceof String text)) {
                return arg;
            }
            String visible = PlainText.withoutForbidden(text);
            return visible.length() <= QUOTED_MAX ? visible : visible.substring(0, QUOTED_MAX - 1) + "…";
        }
    }

    /** How many tasks were imported (0 when there were problems) and the problems. */
    public record ImportResult(int imported, List<ImportProblem> problems) {
    }
}
