package ecopark.evaluation.service;

import java.util.List;

/** Counts over the assessed indicators of a sheet. */
public record EvaluationSummary(int assessed, int met, int notMet, int notComputable, int missingData) {

    public static EvaluationSummary of(List<IndicatorOutcome> outcomes) {
        int assessed = 0;
        int met = 0;
        int notMet = 0;
        int notComputable = 0;
        int missing = 0;
        for (IndicatorOutcome o : outcomes) {
            if (!o.assessed()) {
                continue;
            }
            assessed++;
            switch (o.verdict()) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                case NOT_COMPUTABLE -> notComputable++;
                case MISSING_DATA -> missing++;
                case NOT_ASSESSED -> { }
            }
        }
        return new EvaluationSummary(assessed, met, notMet, notComputable, missing);
    }
}
