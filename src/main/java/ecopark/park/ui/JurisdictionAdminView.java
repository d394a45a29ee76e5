package ecopark.park.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.PhoneColumns;
import ecopark.base.ui.component.TextLimits;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.Provinces;
import ecopark.park.service.JurisdictionListItem;
import ecopark.park.service.ParkAdminService;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Administration of the ecology-environment bureaus and the parks each covers, listed as their tree (the national
 * office, each province followed by its cities). A park changes its bureau in the park form, where its other data
 * is; here a bureau's own name, province, level and the bureau above it are edited. The rules of the tree are the
 * service's ({@code JurisdictionRules}); the form offers only the bureaus a level may stand under and shows every
 * refusal next to its field.
 */
@Route("admin/jurisdictions")
@Menu(order = 91, title = "nav.admin.jurisdictions", icon = "vaadin:institution")
@RolesAllowed(AppRole.ADMIN_NAME)
public class JurisdictionAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ParkAdminService service;
    private final Grid<JurisdictionListItem> grid = new Grid<>();
    private final Dialog dialog = new Dialog();
    private final TextField name = new TextField();
    private final ComboBox<String> province = new ComboBox<>();
    private final ComboBox<JurisdictionLevel> level = new ComboBox<>();
    private final ComboBox<Long> parent = new ComboBox<>();
    private final Map<Long, String> parentNames = new HashMap<>();
    private final Binder<Jurisdiction> binder = new Binder<>();
    private Jurisdiction editing;

    /** The name, indented by its level (national 0, province 1, city 2). */
    static Div treeName(JurisdictionListItem j) {
        Div name = new Div(j.name());
        name.addClassName("tree-name");
        name.getStyle().set("padding-inline-start", j.level().ordinal() + "em");
        return name;
    }

    public JurisdictionAdminView(ParkAdminService service) {
        this.service = service;
        addClassName("jurisdiction-admin");
        setSizeFull();

        Button create = new Button(getTranslation("jurisdiction.admin.new"), VaadinIcon.PLUS.create(),
                e -> open(new Jurisdiction(null, null)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        // Indented by level so the list reads as a tree: padding on the block around the name, so a name that wraps
        // keeps its indentation on every line (leading spaces indented the first line only).
        grid.addComponentColumn(JurisdictionAdminView::treeName).setHeader(getTranslation("jurisdiction.name"))
                .setWidth("10em").setFlexGrow(2).setKey("name");
        grid.addColumn(j -> getTranslation(j.level().labelKey())).setHeader(getTranslation("jurisdiction.level"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(j -> j.parentName() == null ? getTranslation("jurisdiction.noParent") : j.parentName())
                .setHeader(getTranslation("jurisdiction.parent")).setFlexGrow(2);
        Grid.Column<JurisdictionListItem> province = grid.addColumn(JurisdictionListItem::province)
                .setHeader(getTranslation("jurisdiction.province")).setAutoWidth(true);
        Grid.Column<JurisdictionListItem> parkCount = grid.addColumn(j -> j.parkNames().size())
                .setHeader(getTranslation("jurisdiction.parkCount")).setFlexGrow(0).setAutoWidth(true);
        Grid.Column<JurisdictionListItem> parks = grid.addColumn(j -> j.parkNames().isEmpty() ? getTranslation("jurisdiction.noParks")
                : String.join(getTranslation("i18n.listSeparator"), j.parkNames())).setHeader(getTranslation("jurisdiction.parks")).setFlexGrow(4);
        // A phone keeps the tree (name, level, parent) and the edit button.
        PhoneColumns.hideOnPhone(grid, province, parkCount, parks);
        grid.addComponentColumn(j -> {
            Button edit = new Button(getTranslation("park.admin.edit"), VaadinIcon.EDIT.create(),
                    e -> open(service.getJurisdiction(j.id())));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setFlexGrow(0).setAutoWidth(true).setKey("edit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemDoubleClickListener(e -> open(service.getJurisdiction(e.getItem().id())));
        refresh();

        Paragraph hint = new Paragraph(getTranslation("jurisdiction.admin.moveHint"));
        hint.addClassName("hint");
        HorizontalLayout toolbar = new HorizontalLayout(create, hint);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(toolbar, grid);
        expand(grid);
        buildDialog();
    }

    private void buildDialog() {
        name.setLabel(getTranslation("jurisdiction.name"));
        // No maxlength (a browser cuts a longer paste silently): the validator says the limit at the field.
        province.setLabel(getTranslation("jurisdiction.province"));
        binder.forField(name).asRequired(getTranslation("jurisdiction.error.nameRequired"))
                .withValidator(TextLimits.atMost(name, Jurisdiction.NAME_MAX_LENGTH))
                .bind(Jurisdiction::getName, Jurisdiction::setName);
        binder.forField(province).asRequired(getTranslation("jurisdiction.error.provinceRequired"))
                .bind(Jurisdiction::getProvince, Jurisdiction::setProvince);
        level.setLabel(getTranslation("jurisdiction.level"));
        level.setItems(JurisdictionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        parent.setLabel(getTranslation("jurisdiction.parent"));
        parent.setItemLabelGenerator(id -> parentNames.getOrDefault(id, ""));
        parent.setClearButtonVisible(true);
        level.addValueChangeListener(e -> offerParents(e.getValue()));
        binder.forField(level).asRequired(getTranslation("jurisdiction.error.levelRequired"))
                .bind(Jurisdiction::getLevel, Jurisdiction::setLevel);
        binder.forField(parent).bind(Jurisdiction::getParentId, Jurisdiction::setParentId);
        FormLayout form = new FormLayout(name, province, level, parent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.setWidth("min(30em, 95vw)");
        dialog.setCloseOnOutsideClick(false);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
    }

    private void open(Jurisdiction jurisdiction) {
        editing = jurisdiction;
        dialog.setHeaderTitle(jurisdiction.isNew() ? getTranslation("jurisdiction.admin.newTitle")
                : getTranslation("jurisdiction.admin.editTitle", jurisdiction.getName()));
        List<String> provinces = new ArrayList<>(Provinces.ALL);
        if (jurisdiction.getProvince() != null && !provinces.contains(jurisdiction.getProvince())) {
            provinces.add(jurisdiction.getProvince());
        }
        province.setItems(provinces);
        offerParents(jurisdiction.getLevel());
        binder.readBean(jurisdiction);
        dialog.open();
        name.focus();
    }

    /** The bureaus the level may stand under; a parent the level does not allow is cleared. */
    private void offerParents(JurisdictionLevel forLevel) {
        Long chosen = parent.getValue();
        parentNames.clear();
        service.possibleParents(forLevel, editing == null ? null : editing.getId())
                .forEach(p -> parentNames.put(p.id(), p.name()));
        parent.setItems(new ArrayList<>(parentNames.keySet()));
        parent.setValue(chosen != null && parentNames.containsKey(chosen) ? chosen : null);
        parent.setEnabled(forLevel != JurisdictionLevel.NATIONAL);
        parent.setHelperText(forLevel == null ? null
                : getTranslation("jurisdiction.parentHelper." + forLevel.name().toLowerCase(Locale.ROOT)));
        parent.setInvalid(false);
    }

    private void save() {
        if (!binder.writeBeanIfValid(editing)) {
            return;
        }
        try {
            Jurisdiction saved = service.save(editing);
            dialog.close();
            refresh();
            Notification notification = Notification.show(getTranslation("jurisdiction.admin.saved",
                    saved.getName()), 4000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            Map<String, HasValidation> fields = Map.ofEntries(
                    Map.entry("jurisdiction.error.nameRequired", name),
                    Map.entry("jurisdiction.error.nameTooLong", name),
                    Map.entry("jurisdiction.error.nameTaken", name),
                    Map.entry("jurisdiction.error.provinceRequired", province),
                    Map.entry("jurisdiction.error.provinceTooLong", province),
                    Map.entry("jurisdiction.error.levelRequired", level),
                    Map.entry("jurisdiction.error.levelHasChildren", level),
                    Map.entry("jurisdiction.error.nationalExists", level),
                    Map.entry("jurisdiction.error.nationalWithParks", level),
                    Map.entry("jurisdiction.error.nationalWithAccounts", level),
                    Map.entry("jurisdiction.error.nationalHasParent", parent),
                    Map.entry("jurisdiction.error.parentNotFound", parent),
                    Map.entry("jurisdiction.error.provinceParent", parent),
                    Map.entry("jurisdiction.error.cityParent", parent),
                    Map.entry("jurisdiction.error.cycle", parent));
            String message = getTranslation(e.messageKey(), e.args());
            HasValidation field = fields.get(e.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notification.show(message, 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void refresh() {
        grid.setItems(service.jurisdictionsWithParks());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.jurisdictions");
    }
}
