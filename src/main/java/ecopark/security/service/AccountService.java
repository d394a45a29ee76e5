package ecopark.security.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may do with their own account. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /**
     * Changes the signed-in user's password. The current password must be given (a session left open on a shared
     * computer must not be enough), the new one must follow {@link PasswordPolicy} and differ from the current one.
     * Clears the obligation to change it after a reset; returns the user as their session should now see them.
     */
    public SignedInUser changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser signedIn = currentUser.require();
        AppUser user = users.findById(signedIn.id())
                .orElseThrow(() -> new BusinessRuleException("user.error.notFound", signedIn.id()));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("password.error.currentWrong");
        }
        PasswordPolicy.require(user.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new BusinessRuleException("password.error.sameAsCurrent");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        users.saveAndFlush(user);
        audit.record(signedIn.asActor(), AuditAction.PASSWORD_CHANGED, AuditSubject.USER, user.getId(), user.getParkId());
        return AccountDetailsService.toSignedInUser(user);
    }
}
