package ecopark.evaluation.domain;

/** Where an indicator's value comes from: entered per report, or computed from yearly statistics. */
public enum FormulaKey {
    /** Staff enter the value or state on the report's sheet. */
    ENTERED,
    /** numerator ÷ denominator × factor, in the report year. */
    RATIO,
    /** ((Vₙ ÷ Vₙ₋₃)^(1/3) − 1) × factor, V = numerator (÷ denominator, if one is named). */
    THREE_YEAR_GROWTH,
    /** (1 − (Iₙ ÷ I_base)^(1/(n − base))) × factor, I = numerator ÷ denominator. */
    ANNUAL_REDUCTION,
    /** annual average growth of each numerator ÷ that of the denominator, base year to report year. */
    ELASTICITY;

    public boolean isComputed() {
        return this != ENTERED;
    }
}
