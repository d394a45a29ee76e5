package ecopark.review.process;

import ecopark.review.domain.ReviewStage;
import ecopark.review.domain.RoutePlan;
import java.util.List;
import java.util.Map;

/**
 * A report's route and the stage it is at, read from its process variables. A process started on the definition
 * before the route became data (no {@code route} variable) has the old fixed route: 初审 and 复核 by the park's own
 * bureau ({@code jurisdictionId}), and its stage is its task.
 */
public final class RouteVariables {

    /** The stages fixed at submission ({@link RoutePlan#encode}); ids and numbers only. */
    public static final String ROUTE = "route";
    /** Which of them the report is at, from 0. */
    public static final String STAGE_INDEX = "stageIndex";

    private RouteVariables() {
    }

    /** Where a report stands on its route. */
    public record StageAt(RoutePlan plan, int index) {

        public RoutePlan.Stage stage() {
            return plan.stage(index);
        }

        public ReviewStage kind() {
            return stage().kind();
        }

        public long jurisdictionId() {
            return stage().jurisdictionId();
        }

        public boolean first() {
            return index == 0;
        }

        public boolean last() {
            return plan.isLast(index);
        }
    }

    /** The route of a process from its variables. */
    public static RoutePlan plan(Map<String, Object> variables) {
        Object route = variables.get(ROUTE);
        if (route != null) {
            return RoutePlan.decode((String) route);
        }
        long bureau = ((Number) variables.get("jurisdictionId")).longValue();
        // The old definition's fixed route; its due days were counted then and are no longer needed.
        return new RoutePlan(List.of(new RoutePlan.Stage(ReviewStage.PRELIMINARY, bureau, 0),
                new RoutePlan.Stage(ReviewStage.FINAL, bureau, 0)));
    }

    /** The stage of the open task {@code taskKey} of a process with these variables. */
    public static StageAt at(String taskKey, Map<String, Object> variables) {
        RoutePlan plan = plan(variables);
        Object index = variables.get(STAGE_INDEX);
        if (index != null) {
            return new StageAt(plan, ((Number) index).intValue());
        }
        return new StageAt(plan, ReviewStage.ofTaskKey(taskKey) == ReviewStage.FINAL ? 1 : 0);
    }
}
