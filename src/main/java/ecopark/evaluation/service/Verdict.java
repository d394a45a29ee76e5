package ecopark.evaluation.service;

/** What the evaluation says about one indicator. */
public enum Verdict {
    /** 达标 */
    MET,
    /** 未达标 */
    NOT_MET,
    /** The inputs are there but the formula is undefined for them (zero growth, zero denominator, base value missing). */
    NOT_COMPUTABLE,
    /** A value of the report year, or an entered value, is missing. */
    MISSING_DATA,
    /** An optional indicator the park did not select. */
    NOT_ASSESSED;

    public String labelKey() {
        return "evaluation.verdict." + name();
    }
}
