package ecopark.publication.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.park.domain.ParkStatus;
import ecopark.publication.domain.NamedId;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.service.FilterOptions;
import ecopark.publication.service.PublicFormFilter;
import ecopark.publication.service.PublicForms;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The published disclosure forms for everyone, without signing in: filtered by year, province, bureau, park and the
 * park's status (已命名/创建中), newest year first, page by page. Only published forms exist here.
 */
@Route(value = "public/forms", layout = PublicLayout.class, autoLayout = false)
@RouteAlias(value = "public", layout = PublicLayout.class, autoLayout = false)
@Menu(order = 90, title = "publication.nav", icon = "vaadin:globe")
@AnonymousAllowed
public class PublicFormListView extends Div implements HasDynamicTitle {

    private final PublicForms forms;
    private final Clock clock;
    private final Grid<PublicationListing> grid = new Grid<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<String> province = new ComboBox<>();
    private final ComboBox<NamedId> jurisdiction = new ComboBox<>();
    private final ComboBox<NamedId> park = new ComboBox<>();
    private final ComboBox<ParkStatus> status = new ComboBox<>();
    private final Checkbox superseded = new Checkbox();

    public PublicFormListView(PublicForms forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
        addClassName("public-form-list");
        H1 title = new H1(getTranslation("publication.public.listTitle"));
        Paragraph intro = new Paragraph(getTranslation("publication.public.intro"));
        intro.addClassName("public-intro");
        add(title, intro, filters(forms.filterOptions()), grid());
    }

    private Div filters(FilterOptions options) {
        year.setId("filter-year");
        year.setLabel(getTranslation("publication.filter.year"));
        year.setItems(options.years());
        year.setItemLabelGenerator(String::valueOf);
        province.setId("filter-province");
        province.setLabel(getTranslation("publication.filter.province"));
        province.setItems(options.provinces());
        jurisdiction.setId("filter-jurisdiction");
        jurisdiction.setLabel(getTranslation("publication.filter.jurisdiction"));
        jurisdiction.setItems(options.jurisdictions());
        jurisdiction.setItemLabelGenerator(NamedId::name);
        park.setId("filter-park");
        park.setLabel(getTranslation("publication.filter.park"));
        park.setItems(options.parks());
        park.setItemLabelGenerator(NamedId::name);
        status.setId("filter-status");
        status.setLabel(getTranslation("publication.filter.status"));
        status.setItems(ParkStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        superseded.setId("filter-superseded");
        superseded.setLabel(getTranslation("publication.filter.superseded"));
        Div bar = new Div();
        bar.addClassName("public-filters");
        for (ComboBox<?> box : new ComboBox<?>[] {year, province, jurisdiction, park, status}) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("publication.filter.all"));
            box.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            bar.add(box);
        }
        superseded.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        bar.add(superseded);
        return bar;
    }

    private Grid<PublicationListing> grid() {
        grid.setId("public-forms");
        grid.addColumn(PublicationListing::year).setHeader(getTranslation("publication.column.year"))
                .setSortProperty("year").setWidth("6em").setFlexGrow(0);
        grid.addComponentColumn(p -> {
            RouterLink link = new RouterLink(p.parkName(), PublicFormView.class, p.id());
            link.addClassName("public-form-link");
            Div cell = new Div(link);
            if (!p.isCurrent()) {
                Span badge = new Span(getTranslation("publication.superseded"));
                badge.getElement().getThemeList().add("badge contrast small");
                cell.add(badge);
            }
            return cell;
        }).setHeader(getTranslation("publication.column.park")).setSortProperty("parkName").setFlexGrow(3);
        grid.addColumn(PublicationListing::province).setHeader(getTranslation("publication.filter.province"))
                .setSortProperty("province").setFlexGrow(1);
        grid.addColumn(PublicationListing::jurisdictionName).setHeader(getTranslation("publication.filter.jurisdiction"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.parkStatus() == null ? "" : getTranslation(p.parkStatus().labelKey()))
                .setHeader(getTranslation("publication.filter.status")).setFlexGrow(1);
        grid.addColumn(p -> LocalDate.ofInstant(p.publishedAt(), clock.getZone()).toString())
                .setHeader(getTranslation("publication.column.published")).setSortProperty("publishedAt")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("publication.public.empty"));
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
        grid.setItems(query -> forms.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PublicFormView.class, e.getItem().id())));
        return grid;
    }

    PublicFormFilter filter() {
        return new PublicFormFilter(year.getValue(), province.getValue(),
                jurisdiction.getValue() == null ? null : jurisdiction.getValue().id(),
                park.getValue() == null ? null : park.getValue().id(), status.getValue(), superseded.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.public.listTitle") + " · " + getTranslation("app.title");
    }
}
