package ecopark.security.service;

import ecopark.security.AppRole;

/** An account a token can be issued for, as the choice in the issue form shows it. */
public record TokenAccount(long id, String username, String displayName, AppRole role) {
}
