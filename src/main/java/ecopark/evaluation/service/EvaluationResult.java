package ecopark.evaluation.service;

import java.util.List;
import java.util.Optional;

/** The evaluation of a report's sheet: every indicator of its standard version (assessed or not) and the counts. */
public record EvaluationResult(long reportId, long parkId, int year, String standardCode, List<IndicatorOutcome> outcomes,
        EvaluationSummary summary) {

    public EvaluationResult {
        outcomes = List.copyOf(outcomes);
    }

    public List<IndicatorOutcome> assessed() {
        return outcomes.stream().filter(IndicatorOutcome::assessed).toList();
    }

    public Optional<IndicatorOutcome> outcome(String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
