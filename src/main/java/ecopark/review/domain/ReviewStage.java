package ecopark.review.domain;

/** The two review stages of docs/product.md; the task definition keys of the BPMN file. */
public enum ReviewStage {
    /** 初审: any reviewer of the park's jurisdiction. */
    PRELIMINARY("preliminaryReview"),
    /** 复核: a different reviewer signs off (four eyes). */
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
