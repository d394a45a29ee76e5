package ecopark.base.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Secondary columns of a grid that a phone leaves out: on a screen narrower than {@link #PHONE_WIDTH} they are
 * hidden, so the columns that remain get room for their text instead of every column being a few characters wide.
 * Follows the browser window as it is resized or turned.
 */
public final class PhoneColumns {

    /** The widest screen counted as a phone, as the theme's {@code @media (max-width: 700px)} rules. */
    public static final int PHONE_WIDTH = 700;

    private PhoneColumns() {
    }

    /** Hides the columns while the browser window is a phone's width. */
    public static void hideOnPhone(Grid<?> grid, Grid.Column<?>... columns) {
        List<Grid.Column<?>> secondary = List.of(columns);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(details -> show(secondary,
                    details.getWindowInnerWidth()));
            resize[0] = attach.getUI().getPage().addBrowserWindowResizeListener(e -> show(secondary, e.getWidth()));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    /** Whether a window of this width (in CSS pixels; 0 when unknown) is a phone's. */
    public static boolean isPhone(int width) {
        return width > 0 && width <= PHONE_WIDTH;
    }

    private static void show(List<Grid.Column<?>> columns, int width) {
        columns.forEach(c -> c.setVisible(!isPhone(width)));
    }
}
