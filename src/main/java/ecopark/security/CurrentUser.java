package ecopark.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request or Vaadin session. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; services call this, so an anonymous call fails instead of seeing everything. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }
}
