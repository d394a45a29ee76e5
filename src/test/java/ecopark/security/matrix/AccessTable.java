package ecopark.security.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An access table written as text: one row per line, {@code key | cell cell …}, the eleven cells in the order of
 * {@link Actor} (anonymous, staff A, staff B, reviewer in, reviewer out, manager in, manager out, admin, reviewer of
 * the province above J, manager of that province, manager of the national office). Some tables carry a middle column ({@code key | path | cells}). Blank lines and lines starting with
 * {@code #} are comments; text after {@code  #} on a row is a remark.
 */
public final class AccessTable {

    /** One row: its key, the optional middle column, and the expected cell per actor. */
    public record Row(String key, String middle, Map<Actor, String> cells, int line) {

        public String expected(Actor actor) {
            return cells.get(actor);
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    private AccessTable() {
    }

    public static AccessTable parse(String text) {
        AccessTable table = new AccessTable();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int remark = line.indexOf(" #");
            if (remark >= 0) {
                line = line.substring(0, remark);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("Line " + (i + 1) + " is not 'key | [middle |] cells': " + line);
            }
            String key = parts[0].strip();
            String middle = parts.length == 3 ? parts[1].strip() : null;
            String[] cells = parts[parts.length - 1].strip().split("\\s+");
            if (cells.length != Actor.values().length) {
                throw new IllegalArgumentException("Line " + (i + 1) + " has " + cells.length + " cells, not "
                        + Actor.values().length + ": " + line);
            }
            Map<Actor, String> byActor = new LinkedHashMap<>();
            for (Actor actor : Actor.values()) {
                byActor.put(actor, cells[actor.ordinal()]);
            }
            if (table.rows.put(key, new Row(key, middle, byActor, i + 1)) != null) {
                throw new IllegalArgumentException("Line " + (i + 1) + " repeats the key " + key);
            }
        }
        return table;
    }

    public List<Row> rows() {
        return new ArrayList<>(rows.values());
    }

    public Row row(String key) {
        return rows.get(key);
    }

    /** The keys found in the application that have no row: each is an access decision nobody wrote down. */
    public Set<String> missing(Set<String> found) {
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(rows.keySet());
        return missing;
    }

    /** Rows whose key the application no longer has: stale rows hide nothing but mislead, so they fail too. */
    public Set<String> stale(Set<String> found) {
        Set<String> stale = new TreeSet<>(rows.keySet());
        stale.removeAll(found);
        return stale;
    }
}
