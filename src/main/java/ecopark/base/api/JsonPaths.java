package ecopark.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a request body something went wrong, as clients write it: {@code values.employees}, {@code items[2]}. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path Jackson recorded while mapping, or null at the root. */
    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** The field the parser was in when the text stopped being JSON, or null where it cannot tell. */
    static String of(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        append(parser.getParsingContext(), path);
        return path.isEmpty() ? null : path.toString();
    }

    private static void append(JsonStreamContext context, StringBuilder path) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(context.getParent(), path);
        if (context.inObject() && context.getCurrentName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(context.getCurrentName());
        } else if (context.inArray()) {
            path.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
        }
    }
}
