package ecopark.publication.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.publication.document.FormTexts;
import ecopark.publication.service.PublishedForm;
import ecopark.publication.service.YearOverYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A park's indicator results over the years it published, as a table (one row per indicator, one column per year:
 * the published value and whether it met the requirement) and as the data of the chart beside it (the numeric
 * indicators' values and thresholds per year). The table is the page; the chart only enhances it.
 */
record YearOverYearPage(List<Integer> years, List<Line> lines, String chartJson) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Line(String code, String name, String unit, List<Cell> cells) {
    }

    /** One year of one indicator: the value shown, the verdict's word, the result's class; "-" not assessed. */
    record Cell(String value, String mark, String resultClass) {
    }

    static YearOverYearPage of(YearOverYear history, FormTexts texts) {
        List<Line> lines = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        for (YearOverYear.Line line : history.lines()) {
            String name = line.name().in(texts.locale());
            String unit = line.unit().in(texts.locale());
            List<Cell> cells = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            List<Object> thresholds = new ArrayList<>();
            List<Object> met = new ArrayList<>();
            boolean numeric = false;
            for (PublishedForm.IndicatorRow row : line.cells()) {
                cells.add(cell(row, texts));
                BigDecimal value = row == null || !row.assessed() ? null : shown(row);
                numeric |= value != null;
                values.add(value);
                BigDecimal threshold = row == null || row.facts() == null || row.facts().threshold() == null ? null
                        : row.facts().threshold().value();
                thresholds.add(threshold);
                met.add(row == null || !row.assessed() ? null : row.result() == PublishedForm.Result.MET);
            }
            lines.add(new Line(line.code(), name, unit, cells));
            if (numeric) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("code", line.code());
                one.put("name", line.code() + " " + name);
                one.put("unit", unit == null || "-".equals(unit) || "_".equals(unit) ? "" : unit);
                one.put("values", values);
                one.put("thresholds", thresholds);
                one.put("met", met);
                series.add(one);
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("years", history.years());
        chart.put("indicators", series);
        chart.put("valueLabel", texts.t("portal.chart.value"));
        chart.put("thresholdLabel", texts.t("portal.chart.threshold"));
        chart.put("metLabel", texts.t("publication.yoy.MET"));
        chart.put("notMetLabel", texts.t("publication.yoy.NOT_MET"));
        return new YearOverYearPage(history.years(), lines, series.isEmpty() ? null : json(chart));
    }

    private static Cell cell(PublishedForm.IndicatorRow row, FormTexts texts) {
        if (row == null || !row.assessed()) {
            return new Cell("-", texts.t("publication.yoy.NOT_ASSESSED"), "result-not-assessed");
        }
        String value = row.displayValue() != null ? row.displayValue() : row.state() != null ? texts.value(row) : "";
        return new Cell(value, texts.t("publication.yoy." + row.result().name()),
                FormPage.resultClass(row.result()));
    }

    /** The figure the form shows (with the digits that decide), as a number for the chart. */
    private static BigDecimal shown(PublishedForm.IndicatorRow row) {
        if (row.facts() != null && row.facts().shownValue() != null) {
            return row.facts().shownValue();
        }
        if (row.displayValue() != null) {
            try {
                return new BigDecimal(row.displayValue().replace(",", "").strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return row.value();
    }

    private static String json(Object value) {
        try {
            // Inside <script type="application/json">: no park's text may close the element.
            return JSON.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data of plain values always serialises", e);
        }
    }
}
