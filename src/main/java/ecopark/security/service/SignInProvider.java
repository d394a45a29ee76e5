package ecopark.security.service;

import ecopark.security.SignedInUser;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, for the sign-in form and the API's HTTP Basic alike. An attempt the
 * {@link SignInThrottle} slows is refused before the password is looked at, and not recorded one by one (a flood of
 * refused attempts must not flood the audit trail; {@link LoginAttempts} records when the slowing starts). A disabled
 * account is reported only after the right password (Spring checks it before by default, which tells a guesser that
 * the username exists). A username and password that BCrypt accepted within the last minute are not run through
 * BCrypt again ({@link VerifiedPasswords}), nor counted by the throttle unless the account or address is being
 * slowed; the account is still read and checked on every sign-in.
 */
@Component
class SignInProvider implements AuthenticationProvider {

    private final AccountDetailsService accounts;
    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final VerifiedPasswords verified;
    private final UserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();

    SignInProvider(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle,
            VerifiedPasswords verified) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.verified = verified;
        this.passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        UserDetailsChecker nothingBeforeThePassword = user -> { };
        passwords.setPreAuthenticationChecks(nothingBeforeThePassword);
        passwords.setPostAuthenticationChecks(accountStatus);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        Optional<Authentication> known = acceptedLately(authentication);
        if (known.isPresent() && throttle.letKnownPasswordThrough(username, address)) {
            return stillAllowed(known.get());
        }
        Optional<Duration> wait = throttle.acquire(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication result = known.map(this::stillAllowed).orElseGet(() -> checkPassword(authentication));
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException wrong) {
            throw wrong; // counted: a guess
        } catch (RuntimeException other) {
            throttle.notAGuess(username, address);
            throw other;
        }
    }

    /** BCrypt, and the pair remembered when it is right. */
    private Authentication checkPassword(Authentication attempt) {
        Authentication result = passwords.authenticate(attempt);
        if (attempt.getName() != null && attempt.getCredentials() instanceof String password
                && result.getPrincipal() instanceof SignedInUser user) {
            verified.remember(attempt.getName(), password, user.getPassword());
        }
        return result;
    }

    /** A disabled or expired account is refused even with a password known to be right. */
    private Authentication stillAllowed(Authentication known) {
        accountStatus.check((SignedInUser) known.getPrincipal());
        return known;
    }

    /** Signed in without BCrypt when the pair was accepted lately against the password hash the account has now. */
    private Optional<Authentication> acceptedLately(Authentication attempt) {
        if (attempt.getName() == null || !(attempt.getCredentials() instanceof String password)) {
            return Optional.empty();
        }
        Optional<String> acceptedHash = verified.acceptedAgainst(attempt.getName(), password);
        if (acceptedHash.isEmpty()) {
            return Optional.empty();
        }
        SignedInUser user;
        try {
            user = accounts.loadUserByUsername(attempt.getName());
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
        if (!VerifiedPasswords.sameHash(acceptedHash.get(), user.getPassword())) {
            return Optional.empty(); // the password changed since: BCrypt decides
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user,
                password, user.getAuthorities());
        result.setDetails(attempt.getDetails());
        return Optional.of(result);
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
