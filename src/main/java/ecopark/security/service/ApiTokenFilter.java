package ecopark.security.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.base.api.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the API's security chain, before HTTP Basic: a request with {@code Authorization: Bearer <token>} is signed in
 * as the token's account for this request only (no session). A token that does not open gets the same 401 as a wrong
 * password, whatever the reason — unknown, wrong, revoked, expired, account disabled — so the answer tells an
 * attacker nothing. Requests without a bearer token pass untouched (HTTP Basic or anonymous).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator tokens;
    private final SecurityContextHolderStrategy contexts;
    private final ObjectMapper json;

    ApiTokenFilter(ApiTokenAuthenticator tokens, SecurityContextHolderStrategy contexts, ObjectMapper json) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> signedIn = tokens.authenticate(header.substring(BEARER.length()));
        if (signedIn.isEmpty()) {
            contexts.clearContext();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ecopark\", error=\"invalid_token\"");
            ApiErrors.write(response, request, json, HttpStatus.UNAUTHORIZED, "api.error.unauthorized");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(signedIn.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
