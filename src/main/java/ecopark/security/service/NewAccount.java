package ecopark.security.service;

import ecopark.security.AppRole;

/**
 * What an administrator enters to open an account. With {@code mustChangePassword} the initial password works
 * once: the user has to choose their own before anything else.
 */
public record NewAccount(String username, String displayName, String email, AppRole role, Long parkId,
        Long jurisdictionId, String initialPassword, boolean mustChangePassword) {
}
