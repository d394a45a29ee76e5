package ecopark.review.domain;

/**
 * The kinds of review stage of docs/product.md, each the task definition key of its user task in the BPMN file. A
 * report's route (see {@link RoutePlan}) is a sequence of stages of these kinds, each at one jurisdiction.
 */
public enum ReviewStage {
    /** 预审: the park's city bureau, before its province (only where the province's route asks for it). */
    PRE_REVIEW("preReview"),
    /** 初审: any reviewer of the province (of the park's own bureau when it stands alone). */
    PRELIMINARY("preliminaryReview"),
    /** 复核: a different reviewer of the same bureau signs off (four eyes). */
    FINAL("finalReview");

    private final String taskKey;

    ReviewStage(String taskKey) {
        this.taskKey = taskKey;
    }

    public String taskKey() {
        return taskKey;
    }

    public String labelKey() {
        return "review.stage." + name();
    }

    public static ReviewStage ofTaskKey(String key) {
        for (ReviewStage stage : values()) {
            if (stage.taskKey.equals(key)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("Not a review task: " + key);
    }
}
