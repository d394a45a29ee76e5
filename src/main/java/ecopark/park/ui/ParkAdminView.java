package ecopark.park.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.park.service.ParkListItem;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;

/** Administration of all parks: a list loaded page by page, and the park form for creating and editing. */
@Route("admin/parks")
@Menu(order = 90, title = "nav.admin.parks", icon = "vaadin:office")
@RolesAllowed(AppRole.ADMIN_NAME)
public class ParkAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ParkAdminService service;
    final Grid<ParkListItem> grid = new Grid<>();
    final TextField filter = new TextField();
    final ParkForm form;

    public ParkAdminView(ParkAdminService service) {
        this.service = service;
        this.form = new ParkForm(service, this::saved);
        addClassName("park-admin");
        setSizeFull();

        filter.setPlaceholder(getTranslation("park.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filter.setWidth("20em");

        Button create = new Button(getTranslation("park.admin.new"), VaadinIcon.PLUS.create(),
                e -> form.open(newPark()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-park");

        grid.addColumn(ParkListItem::name).setHeader(getTranslation("park.name")).setFlexGrow(3)
                .setSortProperty("name").setKey("name");
        grid.addColumn(ParkListItem::jurisdictionName).setHeader(getTranslation("park.jurisdiction")).setFlexGrow(2);
        grid.addColumn(p -> p.province() + " " + p.city()).setHeader(getTranslation("park.location"))
                .setSortProperty("province", "city").setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.level().labelKey())).setHeader(getTranslation("park.level"));
        grid.addColumn(p -> getTranslation(p.type().labelKey())).setHeader(getTranslation("park.type"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.status().labelKey())).setHeader(getTranslation("park.status"));
        grid.addComponentColumn(p -> {
            Button edit = new Button(getTranslation("park.admin.edit"), VaadinIcon.EDIT.create(), e -> edit(p.id()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setFlexGrow(0).setAutoWidth(true).setKey("edit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("park.empty"));
        grid.setItems(query -> service.findParks(filter.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countParks(filter.getValue()));
        grid.addItemDoubleClickListener(e -> edit(e.getItem().id()));

        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
        expand(grid);
    }

    /** Level, type and status start at the usual values; the region class must be chosen on purpose. */
    private static Park newPark() {
        Park park = new Park(null, null);
        park.setWaterRegion(null);
        return park;
    }

    private void edit(long parkId) {
        form.open(service.getPark(parkId));
    }

    private void saved(Park park) {
        grid.getDataProvider().refreshAll();
        Notification notification = Notification.show(getTranslation("park.admin.saved", park.getName()), 4000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.parks");
    }
}
