package ecopark.security.service;

import ecopark.security.SignedInUser;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's form login. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    AccountDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return toSignedInUser(user);
    }

    /** Never locked: repeated failures slow sign-ins ({@link SignInThrottle}) instead of locking anyone out. */
    static SignedInUser toSignedInUser(AppUser user) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                user.getRole(), user.getParkId(), user.getJurisdictionId(), user.isEnabled(),
                true, user.isMustChangePassword());
    }
}
