package ecopark.security.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import ecopark.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Replaces the snapshot of the user that the session carries, after the user changed their own account. */
final class SignedInSession {

    private SignedInSession() {
    }

    static void replace(SignedInUser user) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        token.setDetails(previous == null ? null : previous.getDetails());
        context.setAuthentication(token);
        // Spring Security saves the context only at login; store it so the next request sees the new snapshot.
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            request.getHttpServletRequest().getSession().setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
