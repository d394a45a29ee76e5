package ecopark.security.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A revocable credential for the JSON API, issued by an administrator for one account: a client sending it acts as
 * that account, with the role and park or bureau the account has at the time of the request. Only a hash of the
 * secret is kept; the prefix finds the token and lets people recognise it.
 */
@Entity
@Table(name = "api_token")
@DynamicUpdate
public class ApiToken extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 100;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, unique = true, length = 16)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = AppUser.USERNAME_MAX_LENGTH)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = AppUser.USERNAME_MAX_LENGTH)
    private String revokedBy;

    protected ApiToken() {
    }

    public ApiToken(String name, long userId, String prefix, String secretHash, Instant createdAt, String createdBy,
            Instant expiresAt) {
        this.name = name;
        this.userId = userId;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** Usable at that moment: neither revoked nor expired (the account's own state is checked apart). */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    public String getName() {
        return name;
    }

    public long getUserId() {
        return userId;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
