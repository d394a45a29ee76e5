package ecopark.security;

import ecopark.base.audit.AuditTrail;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user as the application sees them: role plus the park (staff) or jurisdiction
 * (reviewer, manager) they act for. Immutable for the length of a session. {@code system} marks the
 * {@link SystemActor}, the one identity that runs process steps and demo loading; no account signs in as it.
 */
public record SignedInUser(
        long id,
        String username,
        String passwordHash,
        String displayName,
        AppRole role,
        Long parkId,
        Long jurisdictionId,
        boolean enabled,
        boolean accountNonLocked,
        boolean mustChangePassword,
        boolean system) implements UserDetails {

    /** A person's account (never the system actor). */
    public SignedInUser(long id, String username, String passwordHash, String displayName, AppRole role, Long parkId,
            Long jurisdictionId, boolean enabled, boolean accountNonLocked, boolean mustChangePassword) {
        this(id, username, passwordHash, displayName, role, parkId, jurisdictionId, enabled, accountNonLocked,
                mustChangePassword, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return system
                ? List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority(AppRole.SYSTEM_AUTHORITY))
                : List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    /** This user as the audit trail names them. */
    public AuditTrail.Actor asActor() {
        return system ? AuditTrail.SYSTEM : new AuditTrail.Actor(username, displayName);
    }

    public boolean is(AppRole r) {
        return role == r;
    }

    /** Flowable candidate group of this user: their role in their park (staff) or jurisdiction. */
    public String candidateGroup() {
        Long scope = role.isBoundToPark() ? parkId : jurisdictionId;
        return scope == null ? role.name() : role.candidateGroup(scope);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
