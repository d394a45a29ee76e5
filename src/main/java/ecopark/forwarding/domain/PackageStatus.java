package ecopark.forwarding.domain;

/** Where a sent package stands: with the national office, or returned to its province (which may then send again). */
public enum PackageStatus {
    SENT,
    RETURNED
}
