package ecopark.publication.api;

import ecopark.base.api.ApiError;
import ecopark.base.api.ApiErrors;
import ecopark.park.service.ParkNotFoundException;
import ecopark.publication.service.ParkNotPublishedException;
import ecopark.publication.service.PublicationNotFoundException;
import ecopark.report.service.ReportNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The features' own "not found" exceptions as 404 in the API's error body (the shared advice handles the rest). */
@RestControllerAdvice(basePackageClasses = PublicationApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicationApiErrors {

    @ExceptionHandler(PublicationNotFoundException.class)
    ResponseEntity<ApiError> publication(PublicationNotFoundException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, "publication.api.error.formNotFound", null, request);
    }

    @ExceptionHandler(ParkNotPublishedException.class)
    ResponseEntity<ApiError> parkNotPublished(ParkNotPublishedException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, "apiguard.error.parkNotPublished", null, request);
    }

    @ExceptionHandler(ReportNotFoundException.class)
    ResponseEntity<ApiError> report(ReportNotFoundException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, "publication.api.error.reportNotFound", null, request);
    }

    @ExceptionHandler(ParkNotFoundException.class)
    ResponseEntity<ApiError> park(ParkNotFoundException e, HttpServletRequest request) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.notFound", null, request);
    }
}
