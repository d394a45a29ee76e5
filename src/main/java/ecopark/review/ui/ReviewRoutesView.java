package ecopark.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.review.domain.ReviewRoute;
import ecopark.review.service.ProvinceRoute;
import ecopark.review.service.ReviewRouteService;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The review route of each province, for administrators: whether the park's city bureau pre-reviews (预审) before the
 * province's 初审 and 复核, and each stage's due working days. Saved routes reach the next submissions; reports in
 * review keep the route they were submitted with, which the page says.
 */
@Route("admin/review-routes")
@Menu(order = 93.5, title = "nav.admin.reviewRoutes", icon = "vaadin:road-branches")
@RolesAllowed(AppRole.ADMIN_NAME)
public class ReviewRoutesView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewRouteService service;

    final Grid<ProvinceRoute> provinces = new Grid<>();
    final H3 editing = new H3();
    final Checkbox cityPreReview = new Checkbox();
    final IntegerField preReviewDays = days("route-pre-review-days", "route.preReviewDays");
    final IntegerField preliminaryDays = days("route-preliminary-days", "route.preliminaryDays");
    final IntegerField finalDays = days("route-final-days", "route.finalDays");
    final Paragraph cities = new Paragraph();
    final Button save = new Button();
    private final FormLayout form = new FormLayout();
    private ProvinceRoute selected;

    public ReviewRoutesView(ReviewRouteService service) {
        this.service = service;
        addClassName("review-routes");
        setSizeFull();

        Paragraph hint = new Paragraph(getTranslation("route.hint"));
        hint.addClassName("hint");
        Paragraph nextOnly = new Paragraph(getTranslation("route.appliesToNext"));
        nextOnly.setId("route-applies-to-next");
        nextOnly.addClassName("hint");

        provinces.setId("route-provinces");
        provinces.addColumn(ProvinceRoute::provinceName).setHeader(getTranslation("route.province")).setFlexGrow(1);
        provinces.addColumn(this::routeText).setHeader(getTranslation("route.stages")).setFlexGrow(2);
        provinces.addColumn(r -> getTranslation("route.daysSummary", r.cityPreReview() ? r.preReviewDays() : "—",
                r.preliminaryDays(), r.finalDays())).setHeader(getTranslation("route.days")).setFlexGrow(1);
        provinces.addColumn(r -> getTranslation(r.configured() ? "route.configured" : "route.default"))
                .setHeader(getTranslation("route.source")).setAutoWidth(true).setFlexGrow(0);
        provinces.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        provinces.setEmptyStateText(getTranslation("route.empty"));
        provinces.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));
        provinces.setMinHeight("12em");

        cityPreReview.setId("route-city-pre-review");
        cityPreReview.setLabel(getTranslation("route.cityPreReview"));
        cityPreReview.addValueChangeListener(e -> preReviewDays.setEnabled(e.getValue()));
        cities.addClassName("hint");
        save.setText(getTranslation("route.save"));
        save.setId("route-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        form.add(cityPreReview, cities, preReviewDays, preliminaryDays, finalDays);
        form.setVisible(false);
        save.setVisible(false);

        add(new H3(getTranslation("route.title")), hint, nextOnly, provinces, editing, form, save);
        refresh(null);
    }

    private IntegerField days(String id, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(ReviewRoute.MIN_DAYS);
        field.setMax(ReviewRoute.MAX_DAYS);
        field.setStepButtonsVisible(true);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("route.workingDays")));
        field.addValueChangeListener(e -> field.setInvalid(false));
        return field;
    }

    /** The stages in words, e.g. 市级预审 → 省级初审 → 复核. */
    private String routeText(ProvinceRoute r) {
        if (!r.configured()) {
            return getTranslation("route.ownBureauStages");
        }
        String stages = getTranslation("route.provinceStages");
        return r.cityPreReview() ? getTranslation("route.cityStage") + " → " + stages : stages;
    }

    private void edit(ProvinceRoute route) {
        selected = route;
        editing.setText(getTranslation("route.editing", route.provinceName()));
        cityPreReview.setValue(route.cityPreReview());
        preReviewDays.setValue(route.preReviewDays());
        preReviewDays.setEnabled(route.cityPreReview());
        preliminaryDays.setValue(route.preliminaryDays());
        finalDays.setValue(route.finalDays());
        cities.setText(route.cities().isEmpty() ? getTranslation("route.noCities")
                : getTranslation("route.cities", String.join("、", route.cities())));
        for (IntegerField f : new IntegerField[] {preReviewDays, preliminaryDays, finalDays}) {
            f.setInvalid(false);
        }
        form.setVisible(true);
        save.setVisible(true);
    }

    void save() {
        if (selected == null) {
            return;
        }
        boolean valid = check(preReviewDays, "route.preReviewDays") & check(preliminaryDays, "route.preliminaryDays")
                & check(finalDays, "route.finalDays");
        if (!valid) {
            return;
        }
        try {
            ProvinceRoute saved = service.save(selected.provinceId(), selected.version(), cityPreReview.getValue(),
                    preReviewDays.getValue(), preliminaryDays.getValue(), finalDays.getValue());
            refresh(saved.provinceId());
            Notification.show(getTranslation("route.saved", saved.provinceName()), 6000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentEditException e) {
            refresh(selected.provinceId());
            error(getTranslation("route.error.changedMeanwhile"));
        } catch (BusinessRuleException e) {
            Map<String, HasValidation> fields = Map.of("route.preReviewDays.error", preReviewDays,
                    "route.preliminaryDays.error", preliminaryDays, "route.finalDays.error", finalDays);
            HasValidation field = fields.get(e.messageKey());
            if (field != null) {
                field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                field.setInvalid(true);
            } else {
                error(getTranslation(e.messageKey(), e.args()));
            }
        }
    }

    /** The field's own check, next to it: a whole number of working days within the limits. */
    private boolean check(IntegerField field, String labelKey) {
        Integer value = field.getValue();
        boolean ok = value != null && value >= ReviewRoute.MIN_DAYS && value <= ReviewRoute.MAX_DAYS
                && !field.isInvalid();
        if (!ok) {
            field.setErrorMessage(getTranslation(labelKey + ".error", ReviewRoute.MIN_DAYS, ReviewRoute.MAX_DAYS));
            field.setInvalid(true);
        }
        return ok;
    }

    private void refresh(Long select) {
        provinces.setItems(service.routes());
        if (select != null) {
            provinces.getListDataView().getItems().filter(r -> r.provinceId() == select).findFirst()
                    .ifPresent(r -> {
                        provinces.select(r);
                        edit(r);
                    });
        }
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.reviewRoutes");
    }
}
