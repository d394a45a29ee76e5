package ecopark.report.domain;

/** The five narrative sections of part 二 (建设进展) of the disclosure form, in the form's order. */
public enum NarrativeSection {
    INTRODUCTION,
    MAIN_WORK,
    ACHIEVEMENTS,
    PROBLEMS,
    NEXT_PLAN;

    public String labelKey() {
        return "report.section." + name();
    }
}
