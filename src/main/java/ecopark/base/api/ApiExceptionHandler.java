package ecopark.base.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.error.ErrorReference;
import ecopark.base.error.UnexpectedErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what the services throw into the API's statuses with one {@link ApiError} body: 400 for a refused rule or a
 * malformed request, 401 without a valid sign-in, 403 outside one's role or park, 404 for an unknown id or path, 409
 * when the record changed meanwhile or its state does not allow the change, 500 (with a log reference) for bugs.
 * Features map their own "not found" exceptions in an advice of their own that runs first, or throw
 * {@link ApiException#notFound}.
 */
@RestControllerAdvice(basePackages = "ecopark")
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e, HttpServletRequest request) {
        if (e.field() == null) {
            return ApiErrors.answer(e.status(), e.code(), e.args(), request);
        }
        String message = ApiErrors.translate(request, e.code(), e.args());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(ApiErrors.withMessage(
                e.status(), e.code(), message, request, List.of(new ApiError.FieldProblem(e.field(), message)), null));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ApiError> rule(BusinessRuleException e, HttpServletRequest request) {
        HttpStatus status = UnexpectedErrors.isConcurrentEdit(e) || "error.concurrentEdit".equals(e.messageKey())
                ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ApiErrors.answer(status, e.messageKey(), e.args(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrent(OptimisticLockingFailureException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.CONFLICT, "error.concurrentEdit", null, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.FORBIDDEN, "api.error.forbidden", null, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ApiError> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.UNAUTHORIZED, "api.error.unauthorized", null, request);
    }

    /**
     * A body that cannot be read: a number the parser refused (its reason, code {@code number.error.*}), JSON that is
     * not JSON (where it broke), or a value of the wrong type — each naming the field by its JSON path where Jackson
     * can tell it.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        TypedNumberDeserializer.Refused refused = cause(e, TypedNumberDeserializer.Refused.class);
        StreamReadException broken = cause(e, StreamReadException.class);
        JsonMappingException mapping = cause(e, JsonMappingException.class);
        String code = "api.error.malformed";
        // Jackson records the path while mapping; text that is not JSON at all knows only where the parser was.
        String path = mapping != null ? JsonPaths.of(mapping) : null;
        if (path == null && broken != null) {
            path = JsonPaths.of(broken);
        }
        String problem = null;
        if (refused != null) {
            code = refused.key();
            problem = ApiErrors.translate(request, refused.key(), refused.text());
        } else if (broken != null) {
            JsonLocation at = broken.getLocation();
            problem = ApiErrors.translate(request, "entry.api.invalidJson", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        } else if (mapping != null) {
            problem = ApiErrors.translate(request, "entry.api.wrongType");
        }
        if (problem == null) {
            return malformed(e, request);
        }
        String message = path == null ? problem : ApiErrors.translate(request, "entry.api.field", path, problem);
        List<ApiError.FieldProblem> fields = path == null ? List.of() : List.of(new ApiError.FieldProblem(path, problem));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(ApiErrors.withMessage(
                HttpStatus.BAD_REQUEST, code, message, request, fields, null));
    }

    /** The outermost cause of the type, or null. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class})
    ResponseEntity<ApiError> malformed(Exception e, HttpServletRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName() : null;
        List<ApiError.FieldProblem> fields = field == null ? List.of()
                : List.of(new ApiError.FieldProblem(field, e.getMessage()));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(ApiErrors.body(
                HttpStatus.BAD_REQUEST, "api.error.malformed", null, request, fields, null));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<ApiError.FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(ApiErrors.body(
                HttpStatus.BAD_REQUEST, "api.error.malformed", null, request, fields, null));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        // RFC 9110: a 405 lists the methods the address does accept.
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(allowed(e))
                .contentType(MediaType.APPLICATION_JSON).body(ApiErrors.body(HttpStatus.METHOD_NOT_ALLOWED,
                        "api.error.method", new Object[] {e.getMethod()}, request, null, null));
    }

    private static HttpMethod[] allowed(HttpRequestMethodNotSupportedException e) {
        return e.getSupportedHttpMethods() == null ? new HttpMethod[0]
                : e.getSupportedHttpMethods().toArray(HttpMethod[]::new);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.mediaType", null, request);
    }

    /** The client accepts none of the answer's types, so no error body can be written either. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.notFound", null, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        if (UnexpectedErrors.isConcurrentEdit(e)) {
            return concurrent(null, request);
        }
        if (UnexpectedErrors.isDatabaseUnavailable(e)) {
            ErrorReference ref = UnexpectedErrors.record(request.getMethod() + " " + request.getRequestURI()
                    + " (database unavailable)", e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .contentType(MediaType.APPLICATION_JSON).body(ApiErrors.body(HttpStatus.SERVICE_UNAVAILABLE,
                            "api.error.databaseUnavailable", null, request, null, ref.id()));
        }
        ErrorReference ref = UnexpectedErrors.record(request.getMethod() + " " + request.getRequestURI(), e);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_JSON).body(ApiErrors.body(
                HttpStatus.INTERNAL_SERVER_ERROR, "api.error.unexpected", null, request, null, ref.id()));
    }
}
