package ecopark.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextFieldBase;
import ecopark.base.domain.PlainText;

/**
 * The editors' side of {@link PlainText}: invisible and direction-changing control characters are removed as soon as
 * they arrive (usually with a paste) and the user is told how many were removed and from which field; a text over its
 * limit is never cut by the browser but refused at the field with the limit and its length, the text kept as typed.
 */
public final class PlainTextGuard {

    private PlainTextGuard() {
    }

    /** Removes control characters typed or pasted into the field, with a message naming the field and the count. */
    public static <F extends TextFieldBase<F, String>> void removeControlCharacters(F field, String fieldName) {
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            long count = PlainText.forbiddenCount(e.getValue());
            if (count > 0) {
                field.setValue(PlainText.withoutForbidden(e.getValue()));
                Notification notice = Notification.show(
                        field.getTranslation("editor.text.controlRemoved", count, fieldName), 8000,
                        Notification.Position.BOTTOM_START);
                notice.addClassName("control-characters-removed");
            }
        });
    }

    /** Why the text may not be stored (too long, or a control character left in it), translated; null when it may. */
    public static String problem(Component where, String text, int maxLength) {
        return PlainText.check(text, maxLength).map(p -> where.getTranslation(p.key(), p.args())).orElse(null);
    }
}
