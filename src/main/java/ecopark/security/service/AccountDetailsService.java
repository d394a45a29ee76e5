package ecopark.security.service;

import ecopark.security.SignedInUser;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's form login. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AccountDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return toSignedInUser(user, clock);
    }

    static SignedInUser toSignedInUser(AppUser user, Clock clock) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                user.getRole(), user.getParkId(), user.getJurisdictionId(), user.isEnabled(),
                !user.isLockedAt(clock.instant()), user.isMustChangePassword());
    }
}
