package ecopark.security.service;

import ecopark.security.AppRole;

/** What an administrator may change on an existing account; the username stays. */
public record AccountChanges(String displayName, String email, AppRole role, Long parkId, Long jurisdictionId) {
}
