package ecopark.security.service;

import ecopark.security.AppRole;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An API token as the administration lists it — never its secret: the prefix ({@code ecp_abcd2345}) is what lets
 * people recognise it. {@code validThrough} is the last day (Beijing) it opens, null when it does not expire.
 */
public record ApiTokenListItem(long id, String name, long accountId, String username, String displayName,
        AppRole role, String prefix, Instant createdAt, String createdBy, LocalDate validThrough,
        Instant lastUsedAt, Instant revokedAt, String revokedBy, State state) {

    /** Whether the token opens the API now, and if not, why. */
    public enum State {
        ACTIVE, EXPIRED, REVOKED, ACCOUNT_DISABLED;

        public String labelKey() {
            return "apiToken.state." + name();
        }
    }

    public boolean revocable() {
        return revokedAt == null;
    }
}
