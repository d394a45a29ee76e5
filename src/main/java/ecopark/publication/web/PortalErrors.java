package ecopark.publication.web;

import ecopark.publication.service.PublicationNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form number that is not a published form (never published, or not a number at all, such as
 * {@code /public/forms/abc}) answers 404 with the portal's own "not found" page and the way back to the list, before
 * the API's shared advice could answer it in JSON.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    @ExceptionHandler(PublicationNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        model.addAttribute("formNotFound", true);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        // Short: the form may yet be published under this number.
        response.setHeader(HttpHeaders.CACHE_CONTROL, PublicFormPages.LIST_CACHE.getHeaderValue());
        return "public/not-found";
    }
}
