package ecopark.evaluation.domain;

/** Whether an indicator is always assessed (必选) or assessed when the park selects it (可选; the 2025 draft's 特色). */
public enum Selection {
    MANDATORY,
    OPTIONAL;

    public String labelKey() {
        return "evaluation.selection." + name();
    }
}
