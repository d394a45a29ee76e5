package ecopark.evaluation.service;

import ecopark.evaluation.domain.ValueRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link PlausibleValue}: decimals, whole numbers, the catalogue range, then the storage limit. */
public class PlausibleValueValidator implements ConstraintValidator<PlausibleValue, EnteredValue> {

    static final String RANGE = "entry.error.range";
    static final String AT_LEAST = "entry.error.atLeast";
    static final String AT_MOST = "entry.error.atMost";
    static final String WHOLE = "entry.error.wholeNumber";
    static final String DECIMALS = "entry.error.decimals";
    static final String TOO_LARGE = "entry.error.tooLarge";

    @Override
    public boolean isValid(EnteredValue entered, ConstraintValidatorContext context) {
        // As everywhere in Bean Validation, "no value" is valid here; whether one is required is the caller's rule.
        if (entered == null || entered.value() == null) {
            return true;
        }
        Reason refusal = refusal(entered);
        if (refusal == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(refusal)
                .buildConstraintViolationWithTemplate(refusal.key())
                .addConstraintViolation();
        return false;
    }

    private static Reason refusal(EnteredValue entered) {
        BigDecimal value = entered.value();
        ValueRange range = entered.range();
        String typed = ValueRange.plain(value);
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > ValueRange.MAX_SCALE) {
            return Reason.of(DECIMALS, entered.name(), ValueRange.MAX_SCALE, typed);
        }
        if (range.wholeNumber() && plain.scale() > 0) {
            return Reason.of(WHOLE, entered.name(), typed);
        }
        boolean belowMin = range.min() != null && value.compareTo(range.min()) < 0;
        boolean aboveMax = range.max() != null && value.compareTo(range.max()) > 0;
        if (belowMin || aboveMax) {
            Object unitArg = entered.unit() == null ? "" : entered.unit();
            if (range.min() != null && range.max() != null) {
                return Reason.of(RANGE, entered.name(), ValueRange.plain(range.min()), ValueRange.plain(range.max()),
                        unitArg, typed);
            }
            return belowMin ? Reason.of(AT_LEAST, entered.name(), ValueRange.plain(range.min()), unitArg, typed)
                    : Reason.of(AT_MOST, entered.name(), ValueRange.plain(range.max()), unitArg, typed);
        }
        if (value.abs().compareTo(ValueRange.STORAGE_LIMIT) >= 0) {
            return Reason.of(TOO_LARGE, entered.name(), typed);
        }
        return null;
    }
}
