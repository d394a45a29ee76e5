package ecopark.evaluation.service;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link EnteredValue} lies in its catalogue range, is whole where the range asks for it and fits the columns
 * (six decimals, eighteen integer digits). The one rule the editor, the statistics form, the Excel import and the
 * JSON API check typed numbers with; the violation carries the refusal as a {@link Reason} (dynamic payload) whose
 * first argument is the statistic's or indicator's name, so each user reads it in their language.
 */
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleValueValidator.class)
public @interface PlausibleValue {

    String message() default PlausibleValueValidator.RANGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
