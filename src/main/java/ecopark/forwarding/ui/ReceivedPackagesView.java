package ecopark.forwarding.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import ecopark.forwarding.service.ProvincePackages;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national office's list of the provinces' packages for a report year: each province's status (未报送, 已报送,
 * 逾期报送, 已退回), when it sent, how many forms and missing parks, the downloads, and 退回 with a comment.
 */
@Route("forwarding/received")
@RolesAllowed(AppRole.MANAGER_NAME)
public class ReceivedPackagesView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final ReceivedPackagesPanel panel;

    public ReceivedPackagesView(ProvincePackages packages, Clock clock) {
        this.panel = new ReceivedPackagesPanel(packages, clock);
        addClassName("received-packages-view");
        setSizeFull();
        add(new H3(getTranslation("forwarding.received.title")));
        if (!packages.mayReceive()) {
            add(new Paragraph(getTranslation("forwarding.notForYou")));
            return;
        }
        Paragraph hint = new Paragraph(getTranslation("forwarding.received.hint"));
        hint.addClassName("hint");
        List<Integer> years = new ArrayList<>(packages.years());
        if (years.isEmpty()) {
            years.add(LocalDate.now(clock).getYear() - 1);
        }
        year.setLabel(getTranslation("forwarding.year"));
        year.setId("received-year");
        year.setItems(years);
        year.setValue(years.get(0));
        year.addValueChangeListener(e -> panel.show(e.getValue()));

        panel.show(year.getValue());
        add(hint, year, panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forwarding.received.title");
    }
}
