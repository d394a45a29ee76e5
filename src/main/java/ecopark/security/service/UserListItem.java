package ecopark.security.service;

import ecopark.security.AppRole;
import java.time.Instant;

/**
 * An account as a row of the user administration: the organisation is the name of the park (staff) or bureau
 * (reviewers, managers).
 */
public record UserListItem(long id, long version, String username, String displayName, String email, AppRole role,
        Long parkId, Long jurisdictionId, String organisation, boolean enabled,
        Instant lastLoginAt, boolean mustChangePassword) {
}
