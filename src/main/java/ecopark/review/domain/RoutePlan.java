package ecopark.review.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The stages a report passes in review, in order, as fixed when it was submitted: what kind each is, which
 * jurisdiction's reviewers decide it and in how many working days. Kept with the report's process as one short
 * string of names and numbers ({@link #encode}), so that a change of the province's route reaches the next submission
 * only, and no business text goes into the engine's tables.
 */
public record RoutePlan(List<Stage> stages) {

    public RoutePlan {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("A route has at least one stage");
        }
    }

    /** One stage: its kind, the jurisdiction whose reviewers decide it, its due working days. */
    public record Stage(ReviewStage kind, long jurisdictionId, int dueDays) {
    }

    public Stage stage(int index) {
        return stages.get(index);
    }

    public int size() {
        return stages.size();
    }

    public boolean isLast(int index) {
        return index >= stages.size() - 1;
    }

    /** E.g. {@code PRE_REVIEW:12:5;PRELIMINARY:5:10;FINAL:5:5}. */
    public String encode() {
        StringBuilder s = new StringBuilder();
        for (Stage stage : stages) {
            if (!s.isEmpty()) {
                s.append(';');
            }
            s.append(stage.kind().name()).append(':').append(stage.jurisdictionId()).append(':').append(stage.dueDays());
        }
        return s.toString();
    }

    public static RoutePlan decode(String encoded) {
        List<Stage> stages = new ArrayList<>();
        for (String part : encoded.split(";")) {
            String[] fields = part.split(":");
            stages.add(new Stage(ReviewStage.valueOf(fields[0]), Long.parseLong(fields[1]),
                    Integer.parseInt(fields[2])));
        }
        return new RoutePlan(stages);
    }
}
