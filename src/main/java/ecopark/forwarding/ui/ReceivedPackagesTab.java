package ecopark.forwarding.ui;

import com.vaadin.flow.component.Component;
import ecopark.base.ui.DeskTab;
import ecopark.forwarding.service.ProvincePackages;
import java.time.Clock;

/** The national desk's 报送包 tab: the provinces' packages of the desk's year, for the national office only. */
@org.springframework.stereotype.Component
class ReceivedPackagesTab implements DeskTab {

    private final ProvincePackages packages;
    private final Clock clock;

    ReceivedPackagesTab(ProvincePackages packages, Clock clock) {
        this.packages = packages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "forwarding.tab.received";
    }

    @Override
    public boolean visible() {
        return packages.mayReceive();
    }

    @Override
    public Component create(int reportYear) {
        ReceivedPackagesPanel panel = new ReceivedPackagesPanel(packages, clock);
        panel.show(reportYear);
        return panel;
    }
}
