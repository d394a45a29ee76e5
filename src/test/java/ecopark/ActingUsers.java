package ecopark;

import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a service test as a demo account, the way that account's request would. */
@Component
public class ActingUsers {

    private final UserDetailsService accounts;

    ActingUsers(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String username, Supplier<T> work) {
        return SystemActor.callAs((SignedInUser) accounts.loadUserByUsername(username), work);
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
