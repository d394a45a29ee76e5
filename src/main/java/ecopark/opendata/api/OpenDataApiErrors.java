package ecopark.opendata.api;

import ecopark.base.api.ApiError;
import ecopark.base.api.ApiErrors;
import ecopark.publication.service.ParkNotPublishedException;
import ecopark.publication.service.PublicationNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Open data's refusals in the API's error body: an unknown form or park is 404, a parameter that is not of its type
 * (a year that is no number, a status that does not exist) a 400 whose message names the parameter and the value.
 */
@RestControllerAdvice(basePackageClasses = OpenDataApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenDataApiErrors {

    @ExceptionHandler(PublicationNotFoundException.class)
    ResponseEntity<ApiError> publication(PublicationNotFoundException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, "publication.api.error.formNotFound", null, request);
    }

    @ExceptionHandler(ParkNotPublishedException.class)
    ResponseEntity<ApiError> park(ParkNotPublishedException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, "apiguard.error.parkNotPublished", null, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> parameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String value = e.getValue() == null ? "" : e.getValue().toString();
        String message = ApiErrors.translate(request, "opendata.error.parameter", e.getName(), value);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(ApiErrors.withMessage(
                HttpStatus.BAD_REQUEST, "opendata.error.parameter", message, request,
                List.of(new ApiError.FieldProblem(e.getName(), message)), null));
    }
}
