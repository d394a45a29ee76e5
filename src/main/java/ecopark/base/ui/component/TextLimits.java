package ecopark.base.ui.component;

import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import ecopark.base.domain.PlainText;

/**
 * The length limit of a text field without the browser's maxlength, which would cut a longer paste silently: the field
 * keeps everything typed and says at the field "at most {0} characters, this one has {1}" (the key of
 * {@link PlainText#ERROR_TOO_LONG}); the service refuses such a text too, so it never reaches the column.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** A Binder validator refusing more than {@code max} characters, translated through the field. */
    public static <F extends TextFieldBase<F, String>> Validator<String> atMost(F field, int max) {
        return (value, context) -> value == null || value.length() <= max ? ValidationResult.ok()
                : ValidationResult.error(message(field, max, value));
    }

    /**
     * For a field not bound to a Binder (dialogs calling a service): whether its text fits; when it does not, the
     * field is marked invalid with the limit and the text's length, and keeps the text.
     */
    public static <F extends TextFieldBase<F, String>> boolean fits(F field, int max) {
        String value = field.getValue();
        if (value == null || value.length() <= max) {
            return true;
        }
        field.setErrorMessage(message(field, max, value));
        field.setInvalid(true);
        return false;
    }

    private static String message(TextFieldBase<?, String> field, int max, String value) {
        return field.getTranslation(PlainText.ERROR_TOO_LONG, max, value.length());
    }
}
