package ecopark.evaluation.ui;

import ecopark.base.i18n.TranslationProvider;
import ecopark.base.ui.component.DecimalField;
import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.Reason;
import ecopark.evaluation.service.VerdictFactsText;
import java.math.BigDecimal;
import java.util.Locale;

/** How evaluation values read in the user's language: thresholds, numbers, reasons with catalogue text arguments. */
final class EvaluationTexts {

    private EvaluationTexts() {
    }

    static String t(Locale locale, String key, Object... args) {
        return TranslationProvider.translate(locale, key, args);
    }

    /** A stored value (an input of a formula) as every number typed or stored is shown: {@link DecimalField#format}. */
    static String number(BigDecimal value) {
        return DecimalField.format(value);
    }

    /** A reason with its arguments; catalogue text arguments (group names) in the user's language. */
    static String reason(Locale locale, Reason reason) {
        Object[] args = reason.args().stream().map(a -> a instanceof LocalizedText text ? text.in(locale) : a).toArray();
        return t(locale, reason.key(), args);
    }

    static String reason(Locale locale, String key, Object[] args) {
        return reason(locale, new Reason(key, java.util.Arrays.asList(args)));
    }

    /**
     * The threshold that applied and why: "≤0.6（园区工业增加值建设期年均增长率大于 0…）", "≥20（园区所在区域：缺水城市）",
     * footnote a with the industry, its share and the reason; the requirement text for a yes/no state. The same words
     * as the revision, the documents and the public page ({@link VerdictFactsText}).
     */
    static String threshold(Locale locale, IndicatorOutcome outcome) {
        return VerdictFactsText.threshold(outcome.threshold(), outcome.indicator().requirement(), locale);
    }

    /**
     * The value as the table shows it: at the indicator's precision with the digits that decide the verdict (never
     * 10.00 for 9.999999 against ≥10), with its unit; or the state.
     */
    static String value(Locale locale, IndicatorOutcome outcome) {
        if (outcome.state() != null) {
            return t(locale, outcome.state() ? "evaluation.state.yes" : "evaluation.state.no");
        }
        if (outcome.value() == null) {
            return "—";
        }
        String unit = outcome.indicator().unit().in(locale);
        String shown = outcome.displayValue().toPlainString();
        return unit.isBlank() || "—".equals(unit) ? shown : shown + " " + unit;
    }
}
