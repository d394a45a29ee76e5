package ecopark.base.ui.component;

import com.vaadin.flow.component.textfield.TextField;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.NumberInput;
import java.math.BigDecimal;

/**
 * A number as the user typed it. The browser sends the text unfiltered (no pattern, no number input that drops
 * full-width digits or reads "1e10" its own way); the server reads it with {@link NumberInput}, the one number parser.
 * A text it refuses stays in the field with the parser's reason beside it; a problem a service found with the value
 * ({@link #setProblem}) is shown the same way until the text changes. Values are shown with every digit they have and
 * no more: no scientific notation, no padding to the stored scale.
 */
public class DecimalField extends TextField {

    private String problem;

    public DecimalField() {
        this(null);
    }

    public DecimalField(String label) {
        super(label);
        addClassName("decimal-field");
        // A numeric keypad on phones, without restricting what may be typed.
        getElement().setAttribute("inputmode", "decimal");
        // The field's validity is decided here, not by the web component's own constraints.
        setManualValidation(true);
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                problem = null;
            }
            showState();
        });
    }

    /** A stored value as text: every significant digit, plain notation ("120000", "17.6", "0"). */
    public static String format(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Shows a value; null empties the field. */
    public void setDecimal(BigDecimal value) {
        problem = null;
        setValue(format(value));
    }

    public NumberInput.Parsed parsed() {
        return NumberInput.parse(getValue());
    }

    /** Whether the text is a number or blank. */
    public boolean isNumber() {
        return parsed().isValid();
    }

    /** The typed number, or null when the field is blank or the text is not a number. */
    public BigDecimal decimal() {
        NumberInput.Parsed parsed = parsed();
        return parsed.isValid() ? parsed.value() : null;
    }

    /** The typed number (null when blank); a text that is not a number is refused with the parser's reason. */
    public BigDecimal requireDecimal() {
        NumberInput.Parsed parsed = parsed();
        if (!parsed.isValid()) {
            throw new BusinessRuleException(parsed.errorKey(), getValue());
        }
        return parsed.value();
    }

    /** Marks the field with a problem found elsewhere (e.g. by the service), or clears it with null. */
    public void setProblem(String message) {
        problem = message;
        showState();
    }

    private void showState() {
        NumberInput.Parsed parsed = parsed();
        if (!parsed.isValid()) {
            setErrorMessage(getTranslation(parsed.errorKey(), getValue()));
            setInvalid(true);
        } else if (problem != null) {
            setErrorMessage(problem);
            setInvalid(true);
        } else {
            setErrorMessage(null);
            setInvalid(false);
        }
    }
}
