package ecopark.desk.ui;

import com.vaadin.flow.component.Component;
import ecopark.base.ui.DeskTab;
import ecopark.desk.service.ProvinceAttainment;

/** The desk's 达标情况 tab: each province's attainment of the indicators in the desk's year. */
@org.springframework.stereotype.Component
class AttainmentTab implements DeskTab {

    private final ProvinceAttainment attainment;

    AttainmentTab(ProvinceAttainment attainment) {
        this.attainment = attainment;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "attainment.tab";
    }

    @Override
    public boolean visible() {
        return attainment.mayRead();
    }

    @Override
    public Component create(int reportYear) {
        AttainmentPanel panel = new AttainmentPanel(attainment);
        panel.setYear(reportYear);
        // The desk's year selector is the one that counts: two on one page would disagree.
        panel.year.setVisible(false);
        return panel;
    }
}
