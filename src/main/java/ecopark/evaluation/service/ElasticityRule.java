package ecopark.evaluation.service;

import ecopark.evaluation.domain.Decimals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * HJ 274-2015, indicators 10 (综合能耗弹性系数, 0.6), 13 (新鲜水耗弹性系数, 0.55) and 25 (主要污染物排放弹性系数, 0.3):
 * elasticity = annual average growth rate of the consumption (or emission) ÷ annual average growth rate of the park's
 * industrial value added, both over the construction period (base year → report year, see {@link
 * ecopark.evaluation.domain.GrowthRate}). While value added grows the coefficient must be ≤ x; while it shrinks,
 * ≥ x (consumption must fall at least x times as fast). At zero growth the coefficient is undefined: the indicator
 * cannot be computed, and is never passed silently. Several coefficients (one per main pollutant) must each hold.
 */
public final class ElasticityRule {

    private ElasticityRule() {
    }

    /** The outcome of the rule: the coefficient that decides (the worst one) and the threshold that applied. */
    public record Judgement(Verdict verdict, BigDecimal decisive, AppliedThreshold threshold) {
    }

    /** growth of consumption ÷ growth of value added; undefined (ArithmeticException) at zero value-added growth. */
    public static BigDecimal coefficient(BigDecimal consumptionGrowth, BigDecimal valueAddedGrowth) {
        if (valueAddedGrowth.signum() == 0) {
            throw new ArithmeticException("Elasticity is undefined at zero growth of value added");
        }
        return Decimals.divide(consumptionGrowth, valueAddedGrowth);
    }

    public static Judgement judge(List<BigDecimal> coefficients, BigDecimal valueAddedGrowth, BigDecimal x) {
        if (valueAddedGrowth.signum() == 0 || coefficients.isEmpty()) {
            return new Judgement(Verdict.NOT_COMPUTABLE, null, null);
        }
        boolean growing = valueAddedGrowth.signum() > 0;
        Comparison comparison = growing ? Comparison.AT_MOST : Comparison.AT_LEAST;
        // The worst coefficient decides: the largest while growing, the smallest while shrinking.
        BigDecimal decisive = growing ? Collections.max(coefficients) : Collections.min(coefficients);
        AppliedThreshold threshold = new AppliedThreshold(comparison, x,
                growing ? ThresholdBasis.VALUE_ADDED_GROWING : ThresholdBasis.VALUE_ADDED_SHRINKING, null, null, null);
        return new Judgement(comparison.holds(decisive, x) ? Verdict.MET : Verdict.NOT_MET, decisive, threshold);
    }
}
