package ecopark.base.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ecopark.base.i18n.Localizable;
import ecopark.base.i18n.TranslationProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * The arguments of an audit line's detail, stored as JSON so the line reads in whoever's language looks at it:
 * data (names, comments, file names) as text, counts and years as numbers, and words of the product (a review stage,
 * a role, "yes") as translation keys — never an internal code.
 */
public final class AuditDetail {

    /** Longest text argument kept; a comment is evidence enough in its first few hundred characters. */
    static final int TEXT_MAX_LENGTH = 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditDetail() {
    }

    /** A word of the product as an argument: translated when the line is read. */
    public static Localizable key(String key, Object... args) {
        return new Key(key, args == null ? new Object[0] : args);
    }

    /** Text the user wrote, shown after a separator of the reader's language, or nothing when there is none. */
    public static Object note(String text) {
        return text == null || text.isBlank() ? "" : key("audit.note", text.strip());
    }

    /** Several items (codes, changes) as one argument, joined the way the reader's language lists things. */
    public record Items(Object[] items) implements Localizable {
        @Override
        public String in(Locale locale) {
            String separator = TranslationProvider.translate(locale, "audit.listSeparator");
            StringBuilder out = new StringBuilder();
            for (Object item : items) {
                String text = item instanceof Localizable l ? l.in(locale) : String.valueOf(item);
                if (!text.isBlank()) {
                    out.append(out.isEmpty() ? "" : separator).append(text);
                }
            }
            return out.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Items i && Arrays.equals(i.items, items);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items);
        }

        @Override
        public String toString() {
            return Arrays.toString(items);
        }
    }

    /** A translated word of the product, with arguments of its own. */
    public record Key(String key, Object[] args) implements Localizable {
        @Override
        public String in(Locale locale) {
            return TranslationProvider.translate(locale, key, args);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.key.equals(key) && Arrays.equals(k.args, args);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + Arrays.hashCode(args);
        }

        @Override
        public String toString() {
            return key + Arrays.toString(args);
        }
    }

    static String toJson(Object[] args) {
        if (args == null || args.length == 0) {
            return null;
        }
        try {
            return JSON.writeValueAsString(array(args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object[] fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new Object[0];
        }
        try {
            return values(JSON.readTree(json));
        } catch (IOException e) {
            // A line the product cannot read any more still shows what it holds.
            return new Object[] {json};
        }
    }

    private static ArrayNode array(Object[] args) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Object arg : args) {
            if (arg == null) {
                array.addNull();
            } else if (arg instanceof Key k) {
                ObjectNode node = array.addObject();
                node.put("key", k.key());
                node.set("args", array(k.args()));
            } else if (arg instanceof Collection<?> c) {
                array.add(array(c.toArray()));
            } else if (arg instanceof Items i) {
                array.add(array(i.items()));
            } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
                array.add(((Number) arg).longValue());
            } else if (arg instanceof BigDecimal d) {
                // As typed, without trailing zeros and never in scientific notation.
                array.add(d.stripTrailingZeros().toPlainString());
            } else if (arg instanceof TemporalAccessor) {
                array.add(arg.toString());
            } else {
                String text = arg.toString();
                array.add(text.length() <= TEXT_MAX_LENGTH ? text : text.substring(0, TEXT_MAX_LENGTH - 1) + "…");
            }
        }
        return array;
    }

    private static Object[] values(JsonNode array) {
        if (!array.isArray()) {
            return new Object[] {array.asText()};
        }
        Object[] values = new Object[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode node = array.get(i);
            if (node.isNull()) {
                values[i] = "";
            } else if (node.isArray()) {
                values[i] = new Items(values(node));
            } else if (node.isObject()) {
                values[i] = new Key(node.path("key").asText(), values(node.path("args")));
            } else if (node.isIntegralNumber()) {
                values[i] = node.asLong();
            } else {
                values[i] = node.asText();
            }
        }
        return values;
    }
}
