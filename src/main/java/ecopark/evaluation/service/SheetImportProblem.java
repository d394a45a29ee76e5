package ecopark.evaluation.service;

import java.util.List;

/**
 * One wrong cell of an imported workbook: where it is (e.g. {@code 统计数据!C7}, or a sheet's name when the problem
 * is the sheet itself) and why, as a translation key with arguments.
 */
public record SheetImportProblem(String cellAddress, String messageKey, List<Object> args) {

    public SheetImportProblem {
        args = List.copyOf(args);
    }

    static SheetImportProblem at(String cellAddress, String messageKey, Object... args) {
        return new SheetImportProblem(cellAddress, messageKey, List.of(args));
    }

    static SheetImportProblem at(String cellAddress, Reason reason) {
        return new SheetImportProblem(cellAddress, reason.key(), reason.args());
    }
}
