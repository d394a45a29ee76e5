package ecopark.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.service.UserAdminService;
import ecopark.security.service.UserListItem;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Account administration: every account, loaded page by page, with its role, organisation and state; creating an
 * account, changing role and organisation, disabling and resetting a forgotten password.
 */
@Route("admin/users")
@Menu(order = 92, title = "nav.admin.users", icon = "vaadin:users")
@RolesAllowed(AppRole.ADMIN_NAME)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService service;
    private final Grid<UserListItem> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final UserForm form;
    private final DateTimeFormatter timeFormat;

    public UserAdminView(UserAdminService service, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.form = new UserForm(service, currentUser.require().id(), timeFormat, this::refresh);
        addClassName("user-admin");
        setSizeFull();

        filter.setPlaceholder(getTranslation("user.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filter.setWidth("20em");

        Button create = new Button(getTranslation("user.admin.new"), VaadinIcon.PLUS.create(), e -> form.openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(UserListItem::username).setHeader(getTranslation("user.username"))
                .setSortProperty("username").setKey("username");
        grid.addColumn(UserListItem::displayName).setHeader(getTranslation("user.displayName"))
                .setSortProperty("displayName");
        grid.addColumn(u -> getTranslation(u.role().labelKey())).setHeader(getTranslation("user.role"));
        grid.addColumn(UserListItem::organisation).setHeader(getTranslation("user.organisation")).setFlexGrow(2);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("user.state")).setKey("state");
        grid.addColumn(u -> format(u.lastLoginAt())).setHeader(getTranslation("user.lastLogin"))
                .setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("user.admin.edit"), VaadinIcon.EDIT.create(),
                    e -> form.openExisting(u.id()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setFlexGrow(0).setAutoWidth(true).setKey("edit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("user.empty"));
        grid.setItems(query -> service.findUsers(filter.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countUsers(filter.getValue()));
        grid.addItemDoubleClickListener(e -> form.openExisting(e.getItem().id()));

        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
        expand(grid);
    }

    private Span stateBadge(UserListItem user) {
        String key = !user.enabled() ? "user.state.disabled"
                : user.mustChangePassword() ? "user.state.mustChangePassword" : "user.state.active";
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("state-badge", !user.enabled() ? "state-error"
                : user.mustChangePassword() ? "state-pending" : "state-ok");
        return badge;
    }

    private String format(Instant instant) {
        return instant == null ? "" : timeFormat.format(instant);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.users");
    }
}
