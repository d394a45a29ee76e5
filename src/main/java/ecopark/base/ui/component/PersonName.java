package ecopark.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;

/**
 * The one way a person is named in a column or a line: by the name people know them by, never by the account name;
 * the signed-in user's own entries are marked "(me)". An account without a display name falls back to its account
 * name rather than to nothing. Other features' grids can adopt it as they are touched.
 */
public final class PersonName {

    private PersonName() {
    }

    /** The name to show for an account: its display name, or its account name when it has none. */
    public static String of(String username, String displayName) {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        return username == null ? "" : username;
    }

    /** As {@link #of}, with the signed-in user ({@code me}) marked, in the language of {@code where}. */
    public static String of(Component where, String username, String displayName, String me) {
        String name = of(username, displayName);
        return username != null && username.equals(me) ? where.getTranslation("person.me", name) : name;
    }

    /**
     * Adds a column naming a person: {@code username} and {@code displayName} read them from a row, {@code nobody}
     * is shown when a row names no one (for instance a task nobody has taken yet).
     */
    public static <T> Grid.Column<T> addColumn(Grid<T> grid, ValueProvider<T, String> username,
            ValueProvider<T, String> displayName, String me, String nobody) {
        return grid.addColumn(row -> {
            String account = username.apply(row);
            String name = displayName.apply(row);
            return account == null && (name == null || name.isBlank()) ? nobody : of(grid, account, name, me);
        });
    }
}
