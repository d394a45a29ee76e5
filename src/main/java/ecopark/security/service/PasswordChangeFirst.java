package ecopark.security.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.base.api.ApiErrors;
import ecopark.security.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the API's security chain, after the sign-in: an account that must change its password (a new account, a reset)
 * gets 403 for every request signed in with that password until it has done so in the application, so a temporary
 * password read out on the phone does not stay usable for ever by a script. An API token of the account is not held
 * back: it is no password, an administrator issued it on purpose (often for an account that exists only for an
 * integration, whose temporary password nobody ever uses), and revoking it is the way to stop it.
 */
public class PasswordChangeFirst extends OncePerRequestFilter {

    static final String MESSAGE_KEY = "api.error.passwordChangeRequired";

    private final ObjectMapper json;

    public PasswordChangeFirst(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && !(signedIn instanceof ApiTokenAuthentication)
                && signedIn.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()) {
            ApiErrors.write(response, request, json, HttpStatus.FORBIDDEN, MESSAGE_KEY);
            return;
        }
        chain.doFilter(request, response);
    }
}
