package ecopark.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.base.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Builds and writes {@link ApiError} bodies, translated to the request's language. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static ApiError body(HttpStatus status, String code, Object[] args, HttpServletRequest request,
            List<ApiError.FieldProblem> fields, String reference) {
        String message = translate(request, code, args);
        return withMessage(status, code, message, request, fields, reference);
    }

    /** A body whose message is already in the request's language (composed from several translations). */
    public static ApiError withMessage(HttpStatus status, String code, String message, HttpServletRequest request,
            List<ApiError.FieldProblem> fields, String reference) {
        return new ApiError(status.value(), status.getReasonPhrase(), code, message,
                request == null ? null : request.getRequestURI(), Instant.now(), fields == null ? List.of() : fields,
                reference);
    }

    /** A translation in the request's language. */
    public static String translate(HttpServletRequest request, String code, Object... args) {
        return TranslationProvider.translate(locale(request), code, args == null ? new Object[0] : args);
    }

    /** Chinese unless the client asks for another language (servlet containers default to the server's locale). */
    static Locale locale(HttpServletRequest request) {
        return request == null || request.getHeader("Accept-Language") == null ? TranslationProvider.CHINESE
                : request.getLocale();
    }

    public static ResponseEntity<ApiError> answer(HttpStatus status, String code, Object[] args,
            HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(body(status, code, args, request, null, null));
    }

    /** For the security filters (401, 403), which answer before any controller runs. */
    public static void write(HttpServletResponse response, HttpServletRequest request, ObjectMapper json,
            HttpStatus status, String code) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(status, code, null, request, null, null));
    }
}
