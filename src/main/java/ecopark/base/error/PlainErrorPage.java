package ecopark.base.error;

import ecopark.base.i18n.LanguagePreference;
import ecopark.base.i18n.TranslationProvider;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page of plain HTTP requests that never reach a Vaadin view (a failing filter, an unknown actuator path):
 * one small page in the user's language instead of Spring's "Whitelabel Error Page". A server error shows and logs
 * a reference, exactly as the Vaadin error page does; machines asking for JSON get JSON.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class PlainErrorPage implements ErrorController {

    private final ErrorAttributes errorAttributes;

    PlainErrorPage(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(HttpServletRequest request) {
        HttpStatus status = status(request);
        ErrorReference ref = recordIfServerError(request, status);
        Locale locale = LanguagePreference.fromCookies(request.getCookies());
        String title = TranslationProvider.translate(locale, titleKey(status));
        StringBuilder body = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag()).append("\"><head>")
                .append("<meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" · ")
                .append(escape(TranslationProvider.translate(locale, "app.title"))).append("</title>")
                .append("<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:0;")
                .append("display:flex;min-height:100vh;align-items:center;justify-content:center;")
                .append("background:#f3f7f5;color:#1f2d27}main{max-width:32em;padding:2em;background:#fff;")
                .append("border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.1)}h1{font-size:1.4em;color:#1d7a4f}")
                .append(".ref{font-family:monospace;font-size:1.1em}</style></head><body><main>")
                .append("<h1>").append(escape(title)).append("</h1>")
                .append("<p>").append(escape(TranslationProvider.translate(locale, textKey(status)))).append("</p>");
        if (ref != null) {
            body.append("<p class=\"ref\">")
                    .append(escape(TranslationProvider.translate(locale, "error.reference", ref.id()))).append("</p>");
        }
        body.append("<p><a href=\"").append(escape(request.getContextPath())).append("/\">")
                .append(escape(TranslationProvider.translate(locale, "error.backHome"))).append("</a></p>")
                .append("</main></body></html>");
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(body.toString());
    }

    @RequestMapping
    ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
        HttpStatus status = status(request);
        ErrorReference ref = recordIfServerError(request, status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        if (ref != null) {
            body.put("reference", ref.id());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private ErrorReference recordIfServerError(HttpServletRequest request, HttpStatus status) {
        if (!status.is5xxServerError()) {
            return null;
        }
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return UnexpectedErrors.record("answering " + (path == null ? "a request" : path) + " with " + status.value(),
                error);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String titleKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.notFound.title";
            case FORBIDDEN, UNAUTHORIZED -> "error.accessDenied.title";
            default -> status.is5xxServerError() ? "error.unexpected.title" : "error.badRequest.title";
        };
    }

    private static String textKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.notFound.text";
            case FORBIDDEN, UNAUTHORIZED -> "error.accessDenied.text";
            default -> status.is5xxServerError() ? "error.unexpected.text" : "error.badRequest.text";
        };
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
