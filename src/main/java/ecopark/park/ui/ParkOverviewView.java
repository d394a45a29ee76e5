package ecopark.park.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.park.service.ParkListItem;
import ecopark.park.service.ParkService;
import jakarta.annotation.security.PermitAll;

/** Start page: the parks the user works on — their own park for staff, their jurisdiction's for a bureau. */
@Route("")
@Menu(order = 0, title = "nav.parks", icon = "vaadin:factory")
@PermitAll
public class ParkOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ParkListItem> grid = new Grid<>();
    private final TextField filter = new TextField();

    public ParkOverviewView(ParkService parkService) {
        addClassName("park-overview");
        setSizeFull();

        filter.setPlaceholder(getTranslation("park.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(ParkListItem::name).setHeader(getTranslation("park.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(p -> p.province() + " " + p.city()).setHeader(getTranslation("park.location")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.level().labelKey())).setHeader(getTranslation("park.level"));
        grid.addColumn(p -> getTranslation(p.type().labelKey())).setHeader(getTranslation("park.type")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.status().labelKey())).setHeader(getTranslation("park.status"));
        grid.addColumn(ParkListItem::jurisdictionName).setHeader(getTranslation("park.jurisdiction")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> parkService.findVisible(filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("park.empty"));

        add(filter, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parks");
    }
}
