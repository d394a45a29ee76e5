package ecopark.base.ui.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart, loaded from its webjar (no npm bundle). The option is a tree of Java records (see
 * {@link ChartOption}) turned into ECharts' option JSON, nulls left out; a click on a bar, point or slice comes back
 * as an {@link ItemClickEvent} naming the series and the category, so a chart can lead to the list behind it.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** Creates the chart (once echarts has loaded), applies the option and forwards clicks to the server. */
    private static final String RENDER = """
            const el = this;
            const render = () => {
              if (!window.echarts) { setTimeout(render, 50); return; }
              if (!el.__chart) {
                el.__chart = window.echarts.init(el);
                el.__chart.on('click', p => el.$server.chartClicked(p.seriesName || '', p.name || '',
                    p.dataIndex == null ? -1 : p.dataIndex));
                el.__resize = new ResizeObserver(() => el.__chart && el.__chart.resize());
                el.__resize.observe(el);
              }
              el.__chart.setOption(JSON.parse($0), true);
            };
            render();
            """;

    private static final String DISPOSE = """
            if (this.__resize) { this.__resize.disconnect(); this.__resize = null; }
            if (this.__chart) { this.__chart.dispose(); this.__chart = null; }
            """;

    private String optionJson = "{}";

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("320px");
        getElement().setAttribute("role", "img");
    }

    public EChart(Object option) {
        this();
        setOption(option);
    }

    /** Sets the option, a record tree such as {@link ChartOption}; the chart redraws when shown. */
    public void setOption(Object option) {
        try {
            optionJson = JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Chart option cannot be written as JSON", e);
        }
        if (isAttached()) {
            render();
        }
    }

    /** The option as ECharts receives it (for tests and for debugging). */
    public String getOptionJson() {
        return optionJson;
    }

    /** Accessible name of the chart, e.g. its title. */
    public void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
        return addListener(ItemClickEvent.class, listener);
    }

    @ClientCallable
    void chartClicked(String seriesName, String name, int dataIndex) {
        fireEvent(new ItemClickEvent(this, true, seriesName, name, dataIndex));
    }

    /** Fires a click as if the user clicked the chart (for server-side tests). */
    public void simulateClick(String seriesName, String name, int dataIndex) {
        fireEvent(new ItemClickEvent(this, false, seriesName, name, dataIndex));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        render();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        getElement().executeJs(DISPOSE);
    }

    private void render() {
        getElement().executeJs(RENDER, optionJson);
    }

    /** A click on a data item: its series, its category (or name) and its index in the series. */
    public static class ItemClickEvent extends ComponentEvent<EChart> {

        private final String seriesName;
        private final String name;
        private final int dataIndex;

        public ItemClickEvent(EChart source, boolean fromClient, String seriesName, String name, int dataIndex) {
            super(source, fromClient);
            this.seriesName = seriesName;
            this.name = name;
            this.dataIndex = dataIndex;
        }

        public String seriesName() {
            return seriesName;
        }

        public String name() {
            return name;
        }

        public int dataIndex() {
            return dataIndex;
        }
    }
}
