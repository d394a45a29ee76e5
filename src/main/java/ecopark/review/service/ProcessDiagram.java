package ecopark.review.service;

import ecopark.review.domain.ReviewStage;
import java.util.List;
import java.util.Set;

/**
 * A review process drawn from its BPMN diagram interchange: every shape and flow with its coordinates and Chinese
 * name, the activities the report is at now and the ones it has passed, and the report's route: its stages in order,
 * each with the bureau that decides it (长春市生态环境局 预审 → 吉林省生态环境厅 初审 → 复核).
 */
public record ProcessDiagram(List<Shape> shapes, List<Edge> edges, Set<String> active, Set<String> completed,
        List<RouteStep> route) {

    public ProcessDiagram {
        shapes = List.copyOf(shapes);
        edges = List.copyOf(edges);
        active = Set.copyOf(active);
        completed = Set.copyOf(completed);
        route = List.copyOf(route);
    }

    public ProcessDiagram(List<Shape> shapes, List<Edge> edges, Set<String> active, Set<String> completed) {
        this(shapes, edges, active, completed, List.of());
    }

    /** A stage of the report's route: its kind (the user task's id), its bureau, whether the report is at it now. */
    public record RouteStep(ReviewStage stage, String bureau, boolean current) {
    }

    /** The bureau of the route's stage drawn as the user task {@code taskKey}, or null. */
    public String bureauOf(String taskKey) {
        return route.stream().filter(s -> s.stage().taskKey().equals(taskKey)).map(RouteStep::bureau).findFirst()
                .orElse(null);
    }

    public enum Kind {
        START_EVENT,
        END_EVENT,
        USER_TASK,
        SERVICE_TASK,
        GATEWAY,
        TIMER,
        OTHER
    }

    /** A flow element's box; {@code label} is where its name goes when the diagram places it outside, or null. */
    public record Shape(String id, Kind kind, String name, Box box, Box label) {
    }

    /** A sequence flow: its bend points, name and label box (or null). */
    public record Edge(String id, String name, List<Point> points, Box label) {

        public Edge {
            points = List.copyOf(points);
        }
    }

    public record Box(double x, double y, double width, double height) {
    }

    public record Point(double x, double y) {
    }
}
