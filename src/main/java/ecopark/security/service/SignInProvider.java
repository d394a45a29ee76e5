package ecopark.security.service;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, for the sign-in form and the API's HTTP Basic alike. An attempt the
 * {@link SignInThrottle} slows is refused before the password is looked at, and not recorded one by one (a flood of
 * refused attempts must not flood the audit trail; {@link LoginAttempts} records when the slowing starts). A disabled
 * account is reported only after the right password (Spring checks it before by default, which tells a guesser that
 * the username exists).
 */
@Component
class SignInProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    SignInProvider(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        UserDetailsChecker nothingBeforeThePassword = user -> { };
        passwords.setPreAuthenticationChecks(nothingBeforeThePassword);
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        Optional<Duration> wait = throttle.acquire(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException wrong) {
            throw wrong; // counted: a guess
        } catch (RuntimeException other) {
            throttle.notAGuess(username, address);
            throw other;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The address the request came from (behind a proxy, as the forwarded-headers setting resolves it). */
    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
