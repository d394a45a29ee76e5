package ecopark.evaluation.domain;

/**
 * How an indicator's value is judged against its requirement. Catalogue data names one per indicator
 * ({@code eval_indicator.rule_kind}); the evaluator knows what each means.
 */
public enum RuleKind {
    /** value ≥ threshold. */
    MIN,
    /** value ≤ threshold. */
    MAX,
    /** value = threshold (e.g. 100%). */
    EQUALS,
    /** a count ≥ threshold. */
    MIN_COUNT,
    /** a count ≤ threshold (e.g. 0 serious incidents). */
    MAX_COUNT,
    /** a yes/no state whose passing word is the requirement (达标, 全部完成, 具备). */
    STATE,
    /** ≤ threshold while industrial value added grows over the construction period, ≥ while it shrinks. */
    ELASTICITY,
    /** value ≥ the threshold of the park's water region. */
    MIN_BY_REGION;

    public String labelKey() {
        return "evaluation.ruleKind." + name();
    }

    public boolean isState() {
        return this == STATE;
    }

    public boolean isCount() {
        return this == MIN_COUNT || this == MAX_COUNT;
    }
}
