package ecopark.security.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.security.AppRole;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration: administrators only. */
@Service
@Transactional
@RolesAllowed(AppRole.ADMIN_NAME)
public class UserAdminService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAdminService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public List<AppUser> allUsers() {
        return users.findAll();
    }

    /**
     * Creates an account. Staff need a park, reviewers and managers a jurisdiction (DESIGN.md: a user sees only
     * what belongs to them).
     */
    public AppUser create(String username, String displayName, AppRole role, Long parkId, Long jurisdictionId,
            String initialPassword) {
        String name = username == null ? "" : username.trim();
        if (users.existsByUsername(name)) {
            throw new BusinessRuleException("user.error.usernameTaken", name);
        }
        requireScope(role, parkId, jurisdictionId);
        AppUser user = new AppUser(name, passwordEncoder.encode(initialPassword), displayName, role);
        user.assign(role, parkId, jurisdictionId);
        return users.saveAndFlush(user);
    }

    static void requireScope(AppRole role, Long parkId, Long jurisdictionId) {
        if (role.isBoundToPark() && parkId == null) {
            throw new BusinessRuleException("user.error.parkRequired");
        }
        if (role.isBoundToJurisdiction() && jurisdictionId == null) {
            throw new BusinessRuleException("user.error.jurisdictionRequired");
        }
    }
}
