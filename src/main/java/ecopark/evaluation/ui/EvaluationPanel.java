package ecopark.evaluation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import ecopark.evaluation.service.CategorySpec;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.DerivedValue;
import ecopark.evaluation.service.EvaluationResult;
import ecopark.evaluation.service.EvaluationSummary;
import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.Input;
import ecopark.evaluation.service.MissingInput;
import ecopark.evaluation.service.Verdict;
import ecopark.evaluation.service.VerdictFactsText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The evaluation of one report's sheet, for embedding (the read-only page now, the report editor and the review
 * screen later): a summary of counts, then per category every assessed indicator with its value, the threshold that
 * applied, the formula, the inputs with their years, intermediate values, and the verdict. Cards rather than a wide
 * table, so it reads on a phone.
 */
public class EvaluationPanel extends Composite<Div> {

    private final Locale locale;
    private final Catalogue catalogue;
    private final EvaluationResult result;
    private final List<IndicatorRowAction> rowActions = IndicatorRowActions.current();

    public EvaluationPanel(EvaluationResult result, Catalogue catalogue) {
        this.locale = getLocale();
        this.catalogue = catalogue;
        this.result = result;
        Div root = getContent();
        root.addClassName("evaluation-panel");
        root.add(summary(result.summary()));
        Map<Long, CategorySpec> categories = catalogue.categoriesById();
        Map<Long, List<IndicatorOutcome>> byCategory = result.assessed().stream()
                .collect(Collectors.groupingBy(o -> o.indicator().categoryId(), java.util.TreeMap::new,
                        Collectors.toList()));
        catalogue.categories().forEach(category -> {
            List<IndicatorOutcome> outcomes = byCategory.get(category.id());
            if (outcomes == null) {
                return;
            }
            H3 heading = new H3(categories.get(category.id()).name().in(locale));
            heading.addClassName("category");
            root.add(heading);
            outcomes.forEach(o -> root.add(card(o)));
        });
        String notAssessed = result.outcomes().stream().filter(o -> !o.assessed()).map(IndicatorOutcome::code)
                .collect(Collectors.joining(getTranslation("i18n.listSeparator")));
        if (!notAssessed.isEmpty()) {
            Span rest = new Span(getTranslation("evaluation.panel.notAssessed", notAssessed));
            rest.addClassName("not-assessed");
            root.add(rest);
        }
    }

    private Div summary(EvaluationSummary s) {
        Div summary = new Div(
                count("assessed", "evaluation.summary.assessed", s.assessed()),
                count("met", "evaluation.summary.met", s.met()),
                count("not-met", "evaluation.summary.notMet", s.notMet()),
                count("not-computable", "evaluation.summary.notComputable", s.notComputable()),
                count("missing-data", "evaluation.summary.missingData", s.missingData()));
        summary.addClassName("summary");
        return summary;
    }

    private Span count(String kind, String key, int value) {
        Span span = new Span(getTranslation(key, value));
        span.addClassNames("count", "count-" + kind);
        return span;
    }

    private Div card(IndicatorOutcome outcome) {
        Div card = new Div();
        card.addClassName("indicator-card");
        card.getElement().setAttribute("data-indicator", outcome.code());

        Span number = new Span(outcome.code());
        number.addClassName("indicator-number");
        String marks = outcome.indicator().footnoteMarks();
        Span name = new Span(outcome.indicator().name().in(locale) + (marks == null || marks.isBlank() ? "" : " " + marks));
        name.addClassName("indicator-name");
        Span kind = new Span(getTranslation(outcome.indicator().selection().labelKey()));
        kind.addClassName("indicator-selection");
        Div header = new Div(number, name, kind, new VerdictBadge(outcome.verdict()));
        header.addClassName("card-header");
        card.add(header);
        rowActions(outcome, card);

        card.add(line("value", getTranslation("evaluation.panel.value", EvaluationTexts.value(locale, outcome))));
        if (outcome.value() != null && outcome.value().compareTo(outcome.displayValue()) != 0) {
            card.add(line("exact-value", getTranslation("facts.line.value",
                    VerdictFactsText.number(outcome.value()), outcome.displayValue().toPlainString())));
        }
        card.add(line("threshold", getTranslation("evaluation.panel.threshold",
                EvaluationTexts.threshold(locale, outcome))));
        if (outcome.indicator().formula() != null) {
            card.add(line("formula", getTranslation("evaluation.panel.formula",
                    outcome.indicator().formula().in(locale))));
        }
        for (Input input : outcome.inputs()) {
            String unit = input.unit() == null ? "" : " " + input.unit().in(locale);
            card.add(line("input", getTranslation("evaluation.panel.input", String.valueOf(input.year()),
                    input.name().in(locale), EvaluationTexts.number(input.value()) + unit)));
        }
        for (DerivedValue derived : outcome.derived()) {
            card.add(line("derived", getTranslation(derived.labelKey(), derived.subject().in(locale),
                    String.valueOf(derived.fromYear()), String.valueOf(derived.toYear()),
                    derived.value().setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())));
        }
        if (outcome.verdict() == Verdict.NOT_COMPUTABLE || outcome.verdict() == Verdict.MISSING_DATA) {
            card.add(line("reason", getTranslation(outcome.reasonKey())));
            for (MissingInput missing : outcome.missing()) {
                String what = missing.statistic() == null ? getTranslation("evaluation.panel.enteredValue")
                        : statisticName(missing.statistic());
                card.add(line("missing", getTranslation("evaluation.panel.missing", String.valueOf(missing.year()),
                        what)));
            }
        }
        return card;
    }

    /** Other features' actions on the row (e.g. a not-met indicator becomes a rectification task). */
    private void rowActions(IndicatorOutcome outcome, Div card) {
        IndicatorRowAction.IndicatorRow row = new IndicatorRowAction.IndicatorRow(result.reportId(), result.parkId(),
                result.year(), outcome.code(), outcome.indicator().name(), outcome.verdict());
        List<com.vaadin.flow.component.Component> offered = rowActions.stream()
                .flatMap(action -> action.create(row).stream()).toList();
        if (!offered.isEmpty()) {
            Div actions = new Div();
            actions.addClassName("row-actions");
            offered.forEach(actions::add);
            card.add(actions);
        }
    }

    private String statisticName(String key) {
        var spec = catalogue.statistics().get(key);
        return spec == null ? key : spec.name().in(locale);
    }

    private static Span line(String kind, String text) {
        Span span = new Span(text);
        span.addClassNames("card-line", "line-" + kind);
        return span;
    }
}
