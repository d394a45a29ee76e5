package ecopark.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import ecopark.base.domain.NumberInput;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a number of a request body the way the editor reads a typed one: a JSON number or a string, both through
 * {@link NumberInput} on the text as the client wrote it. So {@code 1e20} is refused as scientific notation (instead of
 * overflowing a column), {@code "1,000"} as a thousands separator, and {@code "１２"} is 12. A blank string is no
 * value. A refusal is a {@link Refused} that Jackson extends with the field's path for the error body.
 */
public class TypedNumberDeserializer extends StdDeserializer<BigDecimal> {

    public TypedNumberDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
                && token != JsonToken.VALUE_STRING) {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, p);
        }
        // The token's own text: for a JSON number, the digits as sent, not a double's rendering of them.
        String text = p.getText();
        NumberInput.Parsed parsed = NumberInput.parse(text);
        if (!parsed.isValid()) {
            throw new Refused(p, parsed.errorKey(), text);
        }
        return parsed.value();
    }

    /** A number the parser refused: its translation key ({@code number.error.*}) and the text as sent. */
    public static final class Refused extends JsonMappingException {

        private final String key;
        private final String text;

        Refused(JsonParser p, String key, String text) {
            super(p, key + ": " + text);
            this.key = key;
            this.text = text;
        }

        public String key() {
            return key;
        }

        public String text() {
            return text;
        }
    }
}
