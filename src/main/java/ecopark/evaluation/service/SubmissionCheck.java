package ecopark.evaluation.service;

import java.util.List;

/** Whether a report's section 三 allows submission, with every reason it does not. */
public record SubmissionCheck(List<Reason> reasons) {

    public SubmissionCheck {
        reasons = List.copyOf(reasons);
    }

    public boolean mayBeSubmitted() {
        return reasons.isEmpty();
    }
}
