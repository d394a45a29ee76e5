package ecopark.security.service;

/**
 * An account was disabled, its password reset, or its role or scope changed: its open sessions carry the old
 * rights and must end once the change is committed.
 */
record AccountAccessChanged(long userId) {
}
