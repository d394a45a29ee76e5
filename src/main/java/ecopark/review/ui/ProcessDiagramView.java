package ecopark.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ecopark.review.service.ProcessDiagram;

/**
 * The review process of a report as a diagram, drawn on the server as inline SVG: the current step highlighted, the
 * steps and flows already passed shaded, with a legend. Scrolls sideways on narrow screens.
 */
class ProcessDiagramView extends Div {

    private final Div canvas = new Div();

    ProcessDiagramView(ProcessDiagram diagram) {
        addClassName("process-diagram-view");
        setId("process-diagram");
        canvas.addClassName("process-diagram-canvas");
        canvas.getElement().setProperty("innerHTML",
                ProcessDiagramSvg.render(translated(diagram), getTranslation("review.diagram.title")));
        Div legend = new Div(swatch("active", "review.diagram.active"), swatch("done", "review.diagram.done"),
                swatch("pending", "review.diagram.pending"));
        legend.addClassName("process-diagram-legend");
        if (!diagram.route().isEmpty()) {
            add(route(diagram));
        }
        add(canvas, legend);
    }

    /** The report's route in words, each stage with its bureau, the current one marked: 长春市生态环境局 预审 → …. */
    private Div route(ProcessDiagram diagram) {
        Div route = new Div();
        route.setId("review-route");
        route.addClassName("review-route");
        route.add(new Span(getTranslation("review.route.label") + " "));
        String previousBureau = null;
        for (int i = 0; i < diagram.route().size(); i++) {
            ProcessDiagram.RouteStep step = diagram.route().get(i);
            if (i > 0) {
                route.add(new Span(" → "));
            }
            // The bureau is named where it changes: 吉林省生态环境厅 初审 → 复核.
            String text = step.bureau().equals(previousBureau) ? getTranslation(step.stage().labelKey())
                    : getTranslation("review.stageAt", step.bureau(), getTranslation(step.stage().labelKey()));
            Span stage = new Span(text);
            stage.addClassName("route-stage");
            if (step.current()) {
                stage.addClassName("current");
                stage.getStyle().set("font-weight", "700");
            }
            route.add(stage);
            previousBureau = step.bureau();
        }
        return route;
    }

    /**
     * The diagram with its steps and flows named in the reader's language ({@code review.diagram.element.<id>});
     * an element without a translation keeps the name the process file gives it.
     */
    private ProcessDiagram translated(ProcessDiagram diagram) {
        return new ProcessDiagram(
                diagram.shapes().stream().map(s -> new ProcessDiagram.Shape(s.id(), s.kind(),
                        withBureau(diagram, s.id(), name(s.id(), s.name())), s.box(), s.label())).toList(),
                diagram.edges().stream().map(e -> new ProcessDiagram.Edge(e.id(), name(e.id(), e.name()), e.points(),
                        e.label())).toList(),
                diagram.active(), diagram.completed(), diagram.route());
    }

    /** A stage's task shows the level that decides it in this report's route (吉林省生态环境厅 初审). */
    private String withBureau(ProcessDiagram diagram, String id, String name) {
        String bureau = diagram.bureauOf(id);
        return bureau == null || bureau.isEmpty() || name == null ? name : getTranslation("review.stageAt", bureau, name);
    }

    private String name(String id, String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String key = "review.diagram.element." + id;
        String translated = getTranslation(key);
        return translated == null || translated.isEmpty() || translated.equals("!" + key) ? name : translated;
    }

    /** The SVG as sent to the browser. */
    String svg() {
        return canvas.getElement().getProperty("innerHTML");
    }

    private Span swatch(String state, String key) {
        Span mark = new Span();
        mark.addClassNames("swatch", state);
        Span item = new Span(mark, new Span(getTranslation(key)));
        item.addClassName("legend-item");
        return item;
    }
}
