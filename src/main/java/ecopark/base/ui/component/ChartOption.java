package ecopark.base.ui.component;

import java.util.List;

/**
 * The part of Apache ECharts' option that the product's charts use, as records: {@link EChart} writes them as the
 * option JSON (null fields left out), so charts are built in Java and checked by the compiler. Field names follow
 * ECharts' documentation.
 */
public record ChartOption(Title title, Tooltip tooltip, Legend legend, Grid grid, Axis xAxis, Axis yAxis,
        List<Series> series, List<String> color) {

    public record Title(String text, String subtext, String left) {

        public static Title of(String text) {
            return new Title(text, null, "center");
        }
    }

    /** {@code trigger}: "axis" for bars and lines, "item" for pies. */
    public record Tooltip(String trigger) {

        public static final Tooltip AXIS = new Tooltip("axis");
    }

    public record Legend(List<String> data, String bottom) {

        public static Legend bottom(List<String> names) {
            return new Legend(names, "0");
        }
    }

    public record Grid(String left, String right, String top, String bottom, Boolean containLabel) {

        public static final Grid COMPACT = new Grid("8", "16", "40", "40", true);
    }

    /** {@code type}: "category" with {@code data}, or "value". */
    public record Axis(String type, List<String> data, String name, AxisLabel axisLabel, Integer minInterval) {

        public static Axis category(List<String> data) {
            return new Axis("category", data, null, null, null);
        }

        public static Axis category(List<String> data, AxisLabel label) {
            return new Axis("category", data, null, label, null);
        }

        /** A value axis of whole numbers (counts). */
        public static Axis count(String name) {
            return new Axis("value", null, name, null, 1);
        }
    }

    /** {@code interval} 0 shows every label; {@code rotate} in degrees; {@code width} and overflow wrap long names. */
    public record AxisLabel(Integer interval, Integer rotate, Integer width, String overflow) {
    }

    /** A series: {@code type} "bar" or "line"; bars with the same {@code stack} are stacked. */
    public record Series(String name, String type, List<? extends Number> data, String stack, Boolean smooth,
            Boolean showSymbol, AreaStyle areaStyle, ItemStyle itemStyle, Label label, String barMaxWidth) {

        public static Series bar(String name, List<? extends Number> data, String stack, String color) {
            return new Series(name, "bar", data, stack, null, null, null, new ItemStyle(color), null, "36");
        }

        /** A line without point markers (many points), optionally with the area under it shaded. */
        public static Series line(String name, List<? extends Number> data, String color, boolean area) {
            return new Series(name, "line", data, null, false, false, area ? new AreaStyle(0.15) : null,
                    new ItemStyle(color), null, null);
        }
    }

    public record AreaStyle(Double opacity) {
    }

    public record ItemStyle(String color) {
    }

    public record Label(Boolean show, String position) {
    }
}
