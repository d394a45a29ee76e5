package ecopark.desk.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import ecopark.desk.service.ProvinceAttainmentRow;
import ecopark.desk.service.ProvinceAttainmentRow.CategoryRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ECharts options of the attainment chart, as records (the base {@code ChartOption} has no value axis with a
 * maximum, no inverse category axis and no label formatter): horizontal bars, one row per province, 0–100 %, the
 * provinces top-down in the rows' order; one bar per province, or one per category of each province, grouped.
 */
final class AttainmentChart {

    /** The palette of the category series; the overall bar is the product's green. */
    static final List<String> COLOURS = List.of("#2e7d32", "#1565c0", "#ef8f00", "#6a1b9a", "#00838f", "#ad1457",
            "#5d4037", "#546e7a");
    /** Pixels per province row: one bar, or a group of bars per category. */
    static final int ROW_HEIGHT = 44;
    static final int CATEGORY_BAR_HEIGHT = 16;

    private AttainmentChart() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Option(Tooltip tooltip, Legend legend, Grid grid, Axis xAxis, Axis yAxis, List<Series> series,
            List<String> color) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tooltip(String trigger, Map<String, String> axisPointer) {
    }

    record Shown(boolean show) {
    }

    record Legend(List<String> data, String bottom, String type) {
    }

    record Grid(Integer left, Integer right, Integer top, Integer bottom, Boolean containLabel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Axis(String type, List<String> data, Integer min, Integer max, Boolean inverse, AxisLabel axisLabel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AxisLabel(String formatter, Integer width, String overflow, Integer interval) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Series(String name, String type, List<?> data, Label label, Integer barMaxWidth) {
    }

    record Label(boolean show, String position, String formatter) {
    }

    /**
     * A bar of no length whose label says why there is none (a province with no assessed indicator), with no tooltip:
     * it would read 0 %.
     */
    record Unrated(int value, Label label, Shown tooltip) {
    }

    /** One bar per province: its overall 达标率; a province with nothing assessed says so ({@code unrated}). */
    static Option overall(List<ProvinceAttainmentRow> rows, String seriesName, String unrated) {
        List<Object> data = rows.stream().<Object>map(r -> r.rate() != null ? r.rate()
                : new Unrated(0, new Label(true, "right", unrated), new Shown(false))).toList();
        // Per bar, not per row: a row's tooltip would show the unrated province's 0.
        return new Option(new Tooltip("item", null), null, grid(false), valueAxis(),
                provinceAxis(rows),
                List.of(new Series(seriesName, "bar", data, new Label(true, "right", "{c}%"), 28)),
                List.of(COLOURS.get(0)));
    }

    /** One bar per category for each province, grouped; a category a province did not assess has no bar. */
    static Option byCategory(List<ProvinceAttainmentRow> rows, boolean chinese) {
        Map<String, String> categories = categories(rows, chinese);
        List<Series> series = new ArrayList<>();
        categories.forEach((zh, name) -> series.add(new Series(name, "bar", rows.stream()
                .map(r -> r.category(zh).map(CategoryRate::rate).orElse(null)).toList(), null, 14)));
        return new Option(new Tooltip("axis", Map.of("type", "shadow")),
                new Legend(List.copyOf(categories.values()), "0", "scroll"), grid(true), valueAxis(),
                provinceAxis(rows), series, COLOURS.subList(1, COLOURS.size()));
    }

    /** The categories of the rows by their Chinese name, in the standard's order, with the name to show. */
    static Map<String, String> categories(List<ProvinceAttainmentRow> rows, boolean chinese) {
        Map<String, String> categories = new LinkedHashMap<>();
        rows.forEach(r -> r.categories().forEach(c -> categories.putIfAbsent(c.categoryZh(), c.name(chinese))));
        return categories;
    }

    /** The chart's height in pixels: it grows with the provinces (and with the categories when grouped). */
    static int height(List<ProvinceAttainmentRow> rows, boolean grouped) {
        int perRow = grouped ? Math.max(ROW_HEIGHT, categories(rows, true).size() * CATEGORY_BAR_HEIGHT + 16)
                : ROW_HEIGHT;
        return Math.max(160, rows.size() * perRow + (grouped ? 96 : 48));
    }

    private static Grid grid(boolean legend) {
        return new Grid(8, 48, 8, legend ? 64 : 24, true);
    }

    private static Axis valueAxis() {
        return new Axis("value", null, 0, 100, null, new AxisLabel("{value}%", null, null, null));
    }

    private static Axis provinceAxis(List<ProvinceAttainmentRow> rows) {
        return new Axis("category", rows.stream().map(ProvinceAttainmentRow::region).toList(), null, null, true,
                new AxisLabel(null, 96, "truncate", 0));
    }
}
