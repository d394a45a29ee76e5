package ecopark.security.domain;

import ecopark.base.domain.AbstractEntity;
import ecopark.security.AppRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A login account. Staff carry a park, reviewers and managers a jurisdiction, administrators neither.
 * Updates write only changed columns, so an administrator's edit never overwrites the time of the last sign-in that
 * logins record meanwhile.
 */
@Entity
@Table(name = "app_user")
@DynamicUpdate
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX_LENGTH = 50;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int EMAIL_MAX_LENGTH = 100;

    @Column(nullable = false, unique = true, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(length = EMAIL_MAX_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppRole role;

    @Column(name = "park_id")
    private Long parkId;

    @Column(name = "jurisdiction_id")
    private Long jurisdictionId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, AppRole role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    /** Assigns the role's scope; the other scope is cleared, so a role never carries a stale park. */
    public void assign(AppRole role, Long parkId, Long jurisdictionId) {
        this.role = role;
        this.parkId = role.isBoundToPark() ? parkId : null;
        this.jurisdictionId = role.isBoundToJurisdiction() ? jurisdictionId : null;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public AppRole getRole() {
        return role;
    }

    public Long getParkId() {
        return parkId;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }
}
