package ecopark.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EChartTest {

    @Test
    void the_option_records_become_echarts_option_json_without_nulls() {
        ChartOption option = new ChartOption(null, ChartOption.Tooltip.AXIS, ChartOption.Legend.bottom(List.of("逾期")),
                ChartOption.Grid.COMPACT, ChartOption.Axis.category(List.of("长春经济技术开发区")),
                ChartOption.Axis.count(null), List.of(ChartOption.Series.bar("逾期", List.of(3), "tasks", "#c62828")),
                null);

        String json = new EChart(option).getOptionJson();

        assertThat(json).contains("\"xAxis\":{\"type\":\"category\",\"data\":[\"长春经济技术开发区\"]}",
                "\"yAxis\":{\"type\":\"value\",\"minInterval\":1}", "\"tooltip\":{\"trigger\":\"axis\"}",
                "\"series\":[{\"name\":\"逾期\",\"type\":\"bar\",\"data\":[3],\"stack\":\"tasks\"");
        assertThat(json).doesNotContain("null", "\"title\"");
    }

    @Test
    void a_click_names_the_series_and_the_category() {
        EChart chart = new EChart();
        AtomicReference<String> clicked = new AtomicReference<>();
        chart.addItemClickListener(e -> clicked.set(e.seriesName() + "/" + e.name() + "/" + e.dataIndex()));

        chart.chartClicked("逾期", "长春经济技术开发区", 0);

        assertThat(clicked).hasValue("逾期/长春经济技术开发区/0");
    }
}
