package ecopark.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ecopark.review.service.ProcessDiagram;

/**
 * The review process of a report as a diagram, drawn on the server as inline SVG: the current step highlighted, the
 * steps and flows already passed shaded, with a legend. Scrolls sideways on narrow screens.
 */
class ProcessDiagramView extends Div {

    ProcessDiagramView(ProcessDiagram diagram) {
        addClassName("process-diagram-view");
        setId("process-diagram");
        Div canvas = new Div();
        canvas.addClassName("process-diagram-canvas");
        canvas.getElement().setProperty("innerHTML",
                ProcessDiagramSvg.render(translated(diagram), getTranslation("review.diagram.title")));
        Div legend = new Div(swatch("active", "review.diagram.active"), swatch("done", "review.diagram.done"),
                swatch("pending", "review.diagram.pending"));
        legend.addClassName("process-diagram-legend");
        add(canvas, legend);
    }

    /**
     * The diagram with its steps and flows named in the reader's language ({@code review.diagram.element.<id>});
     * an element without a translation keeps the name the process file gives it.
     */
    private ProcessDiagram translated(ProcessDiagram diagram) {
        return new ProcessDiagram(
                diagram.shapes().stream().map(s -> new ProcessDiagram.Shape(s.id(), s.kind(), name(s.id(), s.name()),
                        s.box(), s.label())).toList(),
                diagram.edges().stream().map(e -> new ProcessDiagram.Edge(e.id(), name(e.id(), e.name()), e.points(),
                        e.label())).toList(),
                diagram.active(), diagram.completed());
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
        return getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML");
    }

    private Span swatch(String state, String key) {
        Span mark = new Span();
        mark.addClassNames("swatch", state);
        Span item = new Span(mark, new Span(getTranslation(key)));
        item.addClassName("legend-item");
        return item;
    }
}
