package ecopark.evaluation.service;

import ecopark.evaluation.domain.ValueRange;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A number typed for a statistic or an entered indicator, with what the catalogue says about it. Every way a number
 * enters (editor, statistics form, Excel import, JSON API) asks {@link #refusal()} — the {@link PlausibleValue}
 * constraint — before anything is stored.
 */
@PlausibleValue
public record EnteredValue(LocalizedText name, LocalizedText unit, ValueRange range, BigDecimal value) {

    // Messages are translation keys resolved by the caller in the user's language, so no expression language is
    // needed to interpolate them; one validator serves the static rule entry points of the services.
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    public static EnteredValue of(StatisticSpec statistic, BigDecimal value) {
        return new EnteredValue(statistic.name(), statistic.unit(), statistic.range(), value);
    }

    public static EnteredValue of(IndicatorSpec indicator, BigDecimal value) {
        return new EnteredValue(indicator.name(), unitOf(indicator), indicator.range(), value);
    }

    /** Why the value may not be stored, or empty; no value is never refused here. */
    public Optional<Reason> refusal() {
        for (ConstraintViolation<EnteredValue> violation : VALIDATOR.validate(this)) {
            @SuppressWarnings("unchecked")
            HibernateConstraintViolation<EnteredValue> detailed = violation.unwrap(HibernateConstraintViolation.class);
            Reason reason = detailed.getDynamicPayload(Reason.class);
            return Optional.of(reason != null ? reason : Reason.of(violation.getMessageTemplate(), name));
        }
        return Optional.empty();
    }

    /** "—" marks a pure number in the catalogue; no unit is then named in a message. */
    private static LocalizedText unitOf(IndicatorSpec indicator) {
        LocalizedText unit = indicator.unit();
        return unit == null || "—".equals(unit.zh()) ? null : unit;
    }
}
