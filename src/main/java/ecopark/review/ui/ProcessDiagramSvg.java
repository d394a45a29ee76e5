package ecopark.review.ui;

import ecopark.review.service.ProcessDiagram;
import ecopark.review.service.ProcessDiagram.Box;
import ecopark.review.service.ProcessDiagram.Edge;
import ecopark.review.service.ProcessDiagram.Point;
import ecopark.review.service.ProcessDiagram.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ProcessDiagram} as inline SVG on the server. The browser lays out the text, so the Chinese labels
 * need no font on the server; the font list prefers the usual CJK faces of each platform.
 */
final class ProcessDiagramSvg {

    static final String FONTS = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC',"
            + "'Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

    private static final double MARGIN = 20;
    private static final double FONT_SIZE = 13;

    private ProcessDiagramSvg() {
    }

    /** The SVG document; {@code title} is read out by screen readers. */
    static String render(ProcessDiagram diagram, String title) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (Shape s : diagram.shapes()) {
            for (Box b : new Box[] {s.box(), s.label()}) {
                if (b != null) {
                    minX = Math.min(minX, b.x());
                    minY = Math.min(minY, b.y());
                    maxX = Math.max(maxX, b.x() + b.width());
                    maxY = Math.max(maxY, b.y() + b.height());
                }
            }
        }
        for (Edge e : diagram.edges()) {
            for (Point p : e.points()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (minX == Double.MAX_VALUE) {
            minX = 0;
            minY = 0;
        }
        double x0 = minX - MARGIN;
        double y0 = minY - MARGIN;
        double width = maxX - minX + 2 * MARGIN;
        double height = maxY - minY + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\" viewBox=\"")
                .append(n(x0)).append(' ').append(n(y0)).append(' ').append(n(width)).append(' ').append(n(height))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" font-family=\"").append(escape(FONTS)).append("\" font-size=\"").append(n(FONT_SIZE))
                .append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" ")
                .append("fill=\"context-stroke\"/></marker></defs>");
        svg.append("<style>")
                .append(".process-diagram .shape{fill:#fff;stroke:#6b7280;stroke-width:1.5}")
                .append(".process-diagram .done .shape{fill:#e7f3ec;stroke:#2f7d4f}")
                .append(".process-diagram .active .shape{fill:#fff4d6;stroke:#c2410c;stroke-width:3}")
                .append(".process-diagram .flow{fill:none;stroke:#9ca3af;stroke-width:1.3}")
                .append(".process-diagram .flow.done{stroke:#2f7d4f;stroke-width:2}")
                .append(".process-diagram text{fill:#1f2937}")
                .append(".process-diagram .active text{font-weight:700}")
                .append(".process-diagram .flow-label{fill:#4b5563;font-size:12px}")
                .append("</style>");
        for (Edge edge : diagram.edges()) {
            edge(svg, edge, diagram.completed().contains(edge.id()));
        }
        for (Shape shape : diagram.shapes()) {
            String state = diagram.active().contains(shape.id()) ? "active"
                    : diagram.completed().contains(shape.id()) ? "done" : "pending";
            shape(svg, shape, state);
        }
        return svg.append("</svg>").toString();
    }

    private static void edge(StringBuilder svg, Edge edge, boolean done) {
        svg.append("<g data-flow=\"").append(escape(edge.id())).append("\">");
        svg.append("<polyline class=\"flow").append(done ? " done" : "").append("\" marker-end=\"url(#arrow)\" points=\"");
        for (Point p : edge.points()) {
            svg.append(n(p.x())).append(',').append(n(p.y())).append(' ');
        }
        svg.append("\"/>");
        if (edge.name() != null && !edge.name().isBlank() && edge.label() != null) {
            svg.append("<text class=\"flow-label\" x=\"").append(n(edge.label().x()))
                    .append("\" y=\"").append(n(edge.label().y() + edge.label().height() - 2)).append("\">")
                    .append(escape(edge.name())).append("</text>");
        }
        svg.append("</g>");
    }

    private static void shape(StringBuilder svg, Shape shape, String state) {
        Box b = shape.box();
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        String name = shape.name() == null ? "" : shape.name();
        svg.append("<g class=\"element ").append(state).append(' ').append(shape.kind().name().toLowerCase(Locale.ROOT))
                .append("\" data-activity=\"").append(escape(shape.id())).append("\" data-state=\"").append(state)
                .append("\">");
        svg.append("<title>").append(escape(name)).append("</title>");
        switch (shape.kind()) {
            case START_EVENT -> circle(svg, cx, cy, b.width() / 2, 1.5);
            case END_EVENT -> circle(svg, cx, cy, b.width() / 2, 4);
            case TIMER -> {
                circle(svg, cx, cy, b.width() / 2, 1.5);
                svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
                        .append(n(b.width() / 2 - 4)).append("\" fill=\"none\" stroke=\"#6b7280\"/>");
                svg.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - 8)).append(" L").append(n(cx))
                        .append(',').append(n(cy)).append(" L").append(n(cx + 6)).append(',').append(n(cy))
                        .append("\" fill=\"none\" stroke=\"#6b7280\"/>");
            }
            case GATEWAY -> {
                svg.append("<polygon class=\"shape\" points=\"").append(n(cx)).append(',').append(n(b.y())).append(' ')
                        .append(n(b.x() + b.width())).append(',').append(n(cy)).append(' ').append(n(cx)).append(',')
                        .append(n(b.y() + b.height())).append(' ').append(n(b.x())).append(',').append(n(cy))
                        .append("\"/>");
                svg.append("<path d=\"M").append(n(cx - 8)).append(',').append(n(cy - 8)).append(" L")
                        .append(n(cx + 8)).append(',').append(n(cy + 8)).append(" M").append(n(cx + 8)).append(',')
                        .append(n(cy - 8)).append(" L").append(n(cx - 8)).append(',').append(n(cy + 8))
                        .append("\" stroke=\"#374151\" stroke-width=\"3\"/>");
            }
            default -> svg.append("<rect class=\"shape\" x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y()))
                    .append("\" width=\"").append(n(b.width())).append("\" height=\"").append(n(b.height()))
                    .append("\" rx=\"10\" ry=\"10\"/>");
        }
        boolean inside = shape.kind() == ProcessDiagram.Kind.USER_TASK || shape.kind() == ProcessDiagram.Kind.SERVICE_TASK
                || shape.kind() == ProcessDiagram.Kind.OTHER;
        if (shape.kind() == ProcessDiagram.Kind.USER_TASK) {
            // A person icon in the corner, as BPMN marks user tasks.
            svg.append("<circle cx=\"").append(n(b.x() + 14)).append("\" cy=\"").append(n(b.y() + 12))
                    .append("\" r=\"4\" fill=\"none\" stroke=\"#6b7280\"/><path d=\"M").append(n(b.x() + 7))
                    .append(',').append(n(b.y() + 24)).append(" Q").append(n(b.x() + 14)).append(',')
                    .append(n(b.y() + 12)).append(' ').append(n(b.x() + 21)).append(',').append(n(b.y() + 24))
                    .append("\" fill=\"none\" stroke=\"#6b7280\"/>");
        }
        if (!name.isEmpty()) {
            if (inside) {
                text(svg, name, cx, cy, b.width() - 12);
            } else {
                Box label = shape.label() != null ? shape.label()
                        : new Box(b.x() - 20, b.y() + b.height() + 4, b.width() + 40, FONT_SIZE + 2);
                text(svg, name, label.x() + label.width() / 2, label.y() + label.height() / 2, Math.max(60,
                        label.width() + 30));
            }
        }
        svg.append("</g>");
    }

    private static void circle(StringBuilder svg, double cx, double cy, double r, double strokeWidth) {
        svg.append("<circle class=\"shape\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
                .append(n(r)).append("\" style=\"stroke-width:").append(n(strokeWidth)).append("\"/>");
    }

    /**
     * Centred text, broken into lines that fit the width: a CJK character is about one em wide and may end a line
     * anywhere, other characters about 0.6 em, and a line breaks between their words (the English names).
     */
    private static void text(StringBuilder svg, String text, double cx, double cy, double width) {
        List<String> lines = lines(text, Math.max(2, Math.floor(width / FONT_SIZE)));
        double lineHeight = FONT_SIZE * 1.3;
        double firstBaseline = cy - (lines.size() - 1) * lineHeight / 2 + FONT_SIZE * 0.35;
        svg.append("<text text-anchor=\"middle\" x=\"").append(n(cx)).append("\" y=\"").append(n(firstBaseline))
                .append("\">");
        for (int line = 0; line < lines.size(); line++) {
            svg.append("<tspan x=\"").append(n(cx)).append("\" dy=\"").append(line == 0 ? "0" : n(lineHeight))
                    .append("\">").append(escape(lines.get(line))).append("</tspan>");
        }
        svg.append("</text>");
    }

    /** The lines of a label at most {@code ems} wide. */
    static List<String> lines(String text, double ems) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (wide(cp) || Character.isWhitespace(cp)) {
                if (!word.isEmpty()) {
                    units.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(cp)) {
                    units.add(new String(Character.toChars(cp)));
                } else {
                    units.add(" ");
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            units.add(word.toString());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String unit : units) {
            double w = ems(unit);
            if (unit.equals(" ")) {
                if (!line.isEmpty()) {
                    line.append(' ');
                    used += w;
                }
                continue;
            }
            if (used + w > ems + 1e-9 && !line.toString().isBlank()) {
                lines.add(line.toString().strip());
                line.setLength(0);
                used = 0;
            }
            line.append(unit);
            used += w;
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private static double ems(String unit) {
        return unit.codePoints().mapToDouble(cp -> wide(cp) ? 1.0 : 0.6).sum();
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
