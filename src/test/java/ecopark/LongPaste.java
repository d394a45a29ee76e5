package ecopark;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * A paste longer than a field's limit, and what the user must see then: the whole text still in the field (no
 * browser maxlength cut it) and the translated limit with the text's length beside it.
 */
public final class LongPaste {

    private LongPaste() {
    }

    /** Chinese text of {@code max + 20} characters, as a careless paste of a paragraph. */
    public static String over(int max) {
        return "园区循环化改造，推进资源节约集约利用。".repeat(max / 10 + 3).substring(0, max + 20);
    }

    /** The field keeps the whole paste and says the limit and the length (base bundle, text.error.tooLong). */
    public static void assertKeptAndRefused(TextFieldBase<?, String> field, String pasted, int max) {
        assertThat(field.getElement().getProperty("maxlength", 0.0)).as("no maxlength: a browser would cut a paste silently").isEqualTo(0.0);
        assertThat(field.getValue()).isEqualTo(pasted);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo("文本过长：最多 " + max + " 个字，当前 " + pasted.length() + " 个字。未保存，请删减后再保存");
    }
}
