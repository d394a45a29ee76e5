package ecopark.evaluation.service;

import java.util.List;

/**
 * One wrong cell of an imported workbook: where it is (e.g. {@code 统计数据!C7}, or a sheet's name when the problem
 * is the sheet itself) and why, as a translation key with arguments.
 */
public record SheetImportProblem(String cellAddress, String messageKey, List<Object> args) {

    /** Longest text of a cell a message quotes: a hostile file may hold 32 767 characters in one. */
    static final int QUOTED_MAX = 60;

    public SheetImportProblem {
        args = args.stream().map(SheetImportProblem::quoted).toList();
    }

    /** A cell's text as a message quotes it: invisible characters dropped, and shortened with "…". */
    private static Object quoted(Object arg) {
        if (!(arg instanceof String text)) {
            return arg;
        }
        String visible = ecopark.base.domain.PlainText.withoutForbidden(text);
        return visible.length() <= QUOTED_MAX ? visible : visible.substring(0, QUOTED_MAX - 1) + "…";
    }

    static SheetImportProblem at(String cellAddress, String messageKey, Object... args) {
        return new SheetImportProblem(cellAddress, messageKey, List.of(args));
    }

    static SheetImportProblem at(String cellAddress, Reason reason) {
        return new SheetImportProblem(cellAddress, reason.key(), reason.args());
    }
}
