package ecopark.evaluation.service;

import ecopark.base.domain.FieldProblem;
import java.util.List;

/**
 * The evaluation of a sheet as it would be with the editor's pending edits (nothing stored), and what saving those
 * edits would refuse, field by field. Refused edits are left out of the evaluation.
 */
public record SheetPreview(EvaluationResult result, List<FieldProblem> problems) {

    public SheetPreview {
        problems = List.copyOf(problems);
    }
}
