package ecopark.base.portal;

import ecopark.base.api.ApiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * An address under {@code /public/} that nothing serves answers 404 with the portal's "not found" page, in the
 * reader's language and the portal's frame; any other unknown address keeps the API's JSON answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalNotFound {

    static final String TEMPLATE = "public/not-found";

    private final SpringTemplateEngine templates;

    PortalNotFound(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> notFound(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/public/")) {
            return ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.notFound", null, request);
        }
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), PortalPreferences.of(request).locale());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_HTML,
                StandardCharsets.UTF_8)).body(templates.process(TEMPLATE, context));
    }
}
