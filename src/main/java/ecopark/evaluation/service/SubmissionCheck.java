package ecopark.evaluation.service;

import java.util.List;

/**
 * Whether a report's section 三 allows submission, with every reason it does not; with the evaluation the check
 * computed and the sheet's reason for a changed selection, as read for the check, so that a submission freezes
 * exactly what was checked without reading the sheet again.
 */
public record SubmissionCheck(List<Reason> reasons, EvaluationResult evaluation, String selectionChangeReason) {

    public SubmissionCheck {
        reasons = List.copyOf(reasons);
    }

    public boolean mayBeSubmitted() {
        return reasons.isEmpty();
    }
}
