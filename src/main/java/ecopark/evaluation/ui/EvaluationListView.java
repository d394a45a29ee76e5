package ecopark.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import ecopark.evaluation.service.EvaluationSummary;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetListItem;
import jakarta.annotation.security.PermitAll;

/** 指标评价: the indicator sheets of the reports the user may reach, with their counts; a row opens its evaluation. */
@Route("evaluation")
@Menu(order = 2, title = "nav.evaluation", icon = "vaadin:check-square-o")
@PermitAll
public class EvaluationListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SheetListItem> grid = new Grid<>();

    public EvaluationListView(IndicatorSheetService sheets) {
        addClassName("evaluation-list");
        setSizeFull();

        grid.addColumn(SheetListItem::parkName).setHeader(getTranslation("evaluation.list.park")).setFlexGrow(3)
                .setKey("park");
        grid.addColumn(SheetListItem::year).setHeader(getTranslation("evaluation.list.year")).setKey("year")
                .setSortProperty("year").setFlexGrow(0).setWidth("6em");
        grid.addColumn(this::summary).setHeader(getTranslation("evaluation.list.summary")).setFlexGrow(4)
                .setKey("summary");
        grid.addColumn(SheetListItem::standardCode).setHeader(getTranslation("evaluation.list.standard"))
                .setFlexGrow(1).setKey("standard");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> sheets.findVisible(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("evaluation.list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("evaluation/" + e.getItem().reportId())));

        add(grid);
        expand(grid);
    }

    String summary(SheetListItem item) {
        EvaluationSummary s = item.summary();
        return getTranslation("evaluation.list.counts", s.assessed(), s.met(), s.notMet(), s.notComputable(),
                s.missingData());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.evaluation");
    }
}
