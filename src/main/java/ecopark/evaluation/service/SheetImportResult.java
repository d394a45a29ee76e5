package ecopark.evaluation.service;

import java.util.List;

/**
 * What an import did: nothing and every problem found, or the number of indicator entries (selection, values,
 * states) and statistics it changed.
 */
public record SheetImportResult(List<SheetImportProblem> problems, int changedEntries, int changedStatistics) {

    public SheetImportResult {
        problems = List.copyOf(problems);
    }

    static SheetImportResult refused(List<SheetImportProblem> problems) {
        return new SheetImportResult(problems, 0, 0);
    }

    public boolean applied() {
        return problems.isEmpty();
    }
}
