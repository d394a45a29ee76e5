package ecopark.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.ui.component.TextLimits;
import ecopark.evaluation.domain.Footnote;
import ecopark.evaluation.domain.ValueRange;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.CatalogueAdminService;
import ecopark.evaluation.service.CatalogueService;
import ecopark.evaluation.service.CategorySpec;
import ecopark.evaluation.service.FootnoteSpec;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.SelectionGroupSpec;
import ecopark.evaluation.service.StatisticSpec;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 指标目录 (administrators): the standard versions with their indicators, rule kinds, formulas and statistics; the
 * minimum of optional indicators and the footnote texts are edited here. A new version arrives as data (a migration or
 * an insert), never as code.
 */
@Route("catalogue")
@Menu(order = 90, title = "nav.catalogue", icon = "vaadin:book")
@RolesAllowed(AppRole.ADMIN_NAME)
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogueService catalogues;
    private final CatalogueAdminService admin;
    private final Select<Catalogue> version = new Select<>();
    private final Div details = new Div();
    private final Locale locale;

    public CatalogueView(CatalogueService catalogues, CatalogueAdminService admin) {
        this.catalogues = catalogues;
        this.admin = admin;
        this.locale = getLocale();
        addClassName("catalogue-view");
        setSizeFull();

        version.setLabel(getTranslation("catalogue.version"));
        version.setItemLabelGenerator(c -> c.code() + " · " + c.name().in(locale)
                + (c.active() ? " · " + getTranslation("catalogue.active") : ""));
        version.addValueChangeListener(e -> show(e.getValue()));
        details.setWidthFull();
        add(version, details);
        reload(null);
    }

    private void reload(Long standardId) {
        var all = catalogues.all();
        version.setItems(all);
        version.setValue(all.stream().filter(c -> standardId == null ? c.active() : c.standardId() == standardId)
                .findFirst().orElse(all.isEmpty() ? null : all.get(0)));
    }

    private void show(Catalogue catalogue) {
        details.removeAll();
        if (catalogue == null) {
            return;
        }
        IntegerField minimum = new IntegerField(getTranslation("catalogue.minOptional"));
        minimum.setMin(0);
        minimum.setValue(catalogue.minOptional());
        Button saveMinimum = new Button(getTranslation("catalogue.save"), e -> run(() ->
                admin.setMinimumOptional(catalogue.standardId(), minimum.getValue() == null ? -1 : minimum.getValue()),
                catalogue.standardId()));
        saveMinimum.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout minimumRow = new HorizontalLayout(minimum, saveMinimum);
        minimumRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        minimumRow.setWrap(true);
        Span counts = new Span(getTranslation("catalogue.counts", catalogue.indicators().size(),
                catalogue.mandatoryCount(), catalogue.optionalCount()));
        details.add(counts, minimumRow, indicatorGrid(catalogue));

        details.add(new H3(getTranslation("catalogue.footnotes")));
        for (FootnoteSpec footnote : catalogue.footnotes()) {
            details.add(footnoteEditor(catalogue, footnote));
        }
        details.add(new H3(getTranslation("catalogue.groups")));
        if (catalogue.selectionGroups().isEmpty()) {
            details.add(new Span(getTranslation("catalogue.groups.none")));
        }
        for (SelectionGroupSpec group : catalogue.selectionGroups()) {
            details.add(new Div(new Span(getTranslation("catalogue.group", group.name().in(locale), group.minSelected(),
                    group.indicatorCodes().stream().sorted().collect(Collectors.joining(getTranslation("i18n.listSeparator")))))));
        }
        details.add(new H3(getTranslation("catalogue.statistics")), statisticGrid(catalogue));
    }

    private Grid<IndicatorSpec> indicatorGrid(Catalogue catalogue) {
        Map<Long, CategorySpec> categories = catalogue.categoriesById();
        Grid<IndicatorSpec> grid = new Grid<>();
        grid.addColumn(i -> categories.get(i.categoryId()).name().in(locale))
                .setHeader(getTranslation("catalogue.category")).setAutoWidth(true);
        grid.addColumn(IndicatorSpec::code).setHeader(getTranslation("catalogue.number")).setAutoWidth(true);
        grid.addColumn(i -> i.name().in(locale) + (i.footnoteMarks().isBlank() ? "" : " " + i.footnoteMarks()))
                .setHeader(getTranslation("catalogue.indicator")).setFlexGrow(3);
        grid.addColumn(i -> i.unit().in(locale)).setHeader(getTranslation("catalogue.unit")).setAutoWidth(true);
        grid.addColumn(i -> i.requirement().in(locale)).setHeader(getTranslation("catalogue.requirement"))
                .setFlexGrow(2);
        grid.addColumn(i -> getTranslation(i.selection().labelKey()))
                .setHeader(getTranslation("catalogue.selection")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.ruleKind().labelKey()))
                .setHeader(getTranslation("catalogue.ruleKind")).setAutoWidth(true);
        grid.addColumn(i -> i.formula() == null ? getTranslation("evaluation.formulaKey.ENTERED")
                : i.formula().in(locale)).setHeader(getTranslation("catalogue.formula")).setFlexGrow(3);
        grid.addColumn(IndicatorSpec::displayScale).setHeader(getTranslation("catalogue.precision")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        // A standard's table is bounded (32 rows in HJ 274-2015), so it is given whole.
        grid.setItems(catalogue.indicators());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A plausible range as administrators read it: "0 至 100，整数". */
    private String range(ValueRange range) {
        String bounds = range.max() == null
                ? getTranslation("entry.catalogue.atLeast", ValueRange.plain(range.min()))
                : getTranslation("entry.catalogue.between", ValueRange.plain(range.min()), ValueRange.plain(range.max()));
        return range.wholeNumber() ? getTranslation("entry.catalogue.whole", bounds) : bounds;
    }

    private Grid<StatisticSpec> statisticGrid(Catalogue catalogue) {
        Grid<StatisticSpec> grid = new Grid<>();
        grid.addColumn(StatisticSpec::key).setHeader(getTranslation("catalogue.statistic.key")).setAutoWidth(true);
        grid.addColumn(s -> s.name().in(locale)).setHeader(getTranslation("catalogue.statistic.name")).setFlexGrow(2);
        grid.addColumn(s -> s.unit().in(locale)).setHeader(getTranslation("catalogue.unit")).setAutoWidth(true);
        grid.addColumn(s -> range(s.range())).setHeader(getTranslation("entry.catalogue.range")).setAutoWidth(true);
        grid.setItems(catalogue.statistics().values().stream().sorted(Comparator.comparingInt(StatisticSpec::sortOrder))
                .toList());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div footnoteEditor(Catalogue catalogue, FootnoteSpec footnote) {
        TextArea zh = new TextArea(getTranslation("catalogue.footnote.zh", footnote.mark()));
        zh.setValue(footnote.text().zh());
        // No maxlength (a browser cuts a longer paste silently): Save refuses it at the field with the limit.
        zh.setWidthFull();
        TextArea en = new TextArea(getTranslation("catalogue.footnote.en", footnote.mark()));
        en.setValue(footnote.text().en());
        en.setWidthFull();
        Button save = new Button(getTranslation("catalogue.save"),
                e -> {
                    zh.setInvalid(false);
                    en.setInvalid(false);
                    boolean zhFits = TextLimits.fits(zh, Footnote.TEXT_MAX_LENGTH);
                    if (TextLimits.fits(en, Footnote.TEXT_MAX_LENGTH) && zhFits) {
                        run(() -> admin.updateFootnote(footnote.id(), zh.getValue(), en.getValue()),
                                catalogue.standardId());
                    }
                });
        Div editor = new Div(zh, en, save);
        editor.addClassName("footnote-editor");
        return editor;
    }

    private void run(Runnable change, long standardId) {
        try {
            change.run();
            Notification.show(getTranslation("catalogue.saved"));
            reload(standardId);
        } catch (BusinessRuleException e) {
            Notification.show(EvaluationTexts.reason(locale, e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalogue");
    }
}
