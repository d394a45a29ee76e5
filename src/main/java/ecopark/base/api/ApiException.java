package ecopark.base.api;

import org.springframework.http.HttpStatus;

/**
 * A refusal of the API with its HTTP status and a translation key, for what a service's own exceptions do not say:
 * {@code notFound} for an id that does not exist, {@code conflict} for a record whose state does not allow the change.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final String field;

    public ApiException(HttpStatus status, String code, Object... args) {
        this(status, null, code, args);
    }

    private ApiException(HttpStatus status, String field, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.field = field;
    }

    /** A 400 about one field of the request body, named by its JSON path (e.g. {@code values.employees}). */
    public static ApiException badField(String field, String code, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, code, args);
    }

    public static ApiException notFound(String code, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, code, args);
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, code, args);
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The JSON path of the refused field, or null. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
