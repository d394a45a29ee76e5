package ecopark.review.service;

import java.util.List;
import java.util.Set;

/**
 * A review process drawn from its BPMN diagram interchange: every shape and flow with its coordinates and Chinese
 * name, the activities the report is at now and the ones it has passed.
 */
public record ProcessDiagram(List<Shape> shapes, List<Edge> edges, Set<String> active, Set<String> completed) {

    public ProcessDiagram {
        shapes = List.copyOf(shapes);
        edges = List.copyOf(edges);
        active = Set.copyOf(active);
        completed = Set.copyOf(completed);
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
