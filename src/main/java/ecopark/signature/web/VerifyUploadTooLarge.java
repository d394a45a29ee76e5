package ecopark.signature.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.base.api.ApiErrors;
import ecopark.base.portal.PortalPreferences;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart upload beyond the servlet container's limit fails before any controller is chosen, so only an advice
 * without selectors sees it: the verification page answers 413 with its message next to the field, every other
 * address (the API) 413 with the API's error body. Without this the container's bare error page answered.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerifyUploadTooLarge {

    private final VerifyPageController page;
    private final ObjectMapper json;

    VerifyUploadTooLarge(VerifyPageController page, ObjectMapper json) {
        this.page = page;
        this.json = json;
    }

    /** The page's view, or null once the API's error body is written (the request is then handled). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response,
            Model model) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + VerifyPageController.PATH)) {
            String view = page.tooLarge(request, response, model, PortalPreferences.of(request).locale(), null);
            return new ModelAndView(view, model.asMap(), HttpStatus.PAYLOAD_TOO_LARGE);
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiErrors.body(HttpStatus.PAYLOAD_TOO_LARGE,
                "signature.error.tooLarge", new Object[] {page.maxMegabytes()}, request, null, null));
        return null;
    }
}
