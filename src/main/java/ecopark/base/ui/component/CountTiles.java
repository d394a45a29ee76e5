package ecopark.base.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Clickable tiles with a count each — "all" first, then one per value — that filter a list beside them (the review
 * overview's stages, the desk's report states). The selected tile is marked; a click selects and tells the owner.
 * Ids are {@code <prefix>-ALL} and {@code <prefix>-<VALUE>}, the box's {@code <prefix>s}.
 */
public class CountTiles<T extends Enum<T>> extends Div {

    private final String prefix;
    private final Consumer<T> onSelect;
    private final Map<T, Div> tiles = new LinkedHashMap<>();
    private Div all;
    private T selected;

    /** {@code onSelect} gets the value clicked, null for "all". */
    public CountTiles(String prefix, Consumer<T> onSelect) {
        this.prefix = prefix;
        this.onSelect = onSelect;
        setId(prefix + "s");
        addClassName("count-tiles");
    }

    /** Shows the total on the "all" tile, then a tile per value of {@code counts}, in its order. */
    public void show(String allLabel, long total, Map<T, Long> counts, Function<T, String> label) {
        removeAll();
        tiles.clear();
        all = tile(prefix + "-ALL", allLabel, total, null);
        add(all);
        counts.forEach((value, count) -> {
            Div tile = tile(prefix + "-" + value.name(), label.apply(value), count == null ? 0 : count, value);
            tile.addClassName("state-" + value.name().toLowerCase());
            tiles.put(value, tile);
            add(tile);
        });
        mark();
    }

    /** Marks the value's tile (null: "all") without telling the owner, who chose it. */
    public void select(T value) {
        selected = value;
        mark();
    }

    public T selected() {
        return selected;
    }

    private Div tile(String id, String label, long count, T value) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("count");
        Div tile = new Div(number, new Span(label));
        tile.setId(id);
        tile.addClassName("count-tile");
        tile.getElement().setAttribute("role", "button");
        tile.getElement().setAttribute("tabindex", "0");
        tile.addClickListener(e -> {
            select(value);
            onSelect.accept(value);
        });
        return tile;
    }

    private void mark() {
        if (all != null) {
            all.setClassName("selected", selected == null);
        }
        tiles.forEach((value, tile) -> tile.setClassName("selected", value == selected));
    }
}
