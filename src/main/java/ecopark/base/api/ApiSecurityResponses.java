package ecopark.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ecopark.security.service.SignInThrottledException;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API security chain's answers in the API's error body: 401 with an HTTP Basic challenge when the sign-in is
 * missing or wrong, 429 with Retry-After while repeated failures slow sign-ins, 403 when the role does not allow the
 * path.
 */
public class ApiSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    public ApiSecurityResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException slowed) {
            // The same answer whether the username exists or not; no challenge, the client is to wait.
            response.setHeader("Retry-After", String.valueOf(slowed.retryAfterSeconds()));
            ApiErrors.write(response, request, json, HttpStatus.TOO_MANY_REQUESTS, "api.error.signInThrottled");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"ecopark\", charset=\"UTF-8\"");
        ApiErrors.write(response, request, json, HttpStatus.UNAUTHORIZED, "api.error.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ApiErrors.write(response, request, json, HttpStatus.FORBIDDEN, "api.error.forbidden");
    }
}
