package ecopark.search.service;

import java.time.Instant;

/** A write to this node's search index that failed: when, what it was doing, and why. */
public record IndexFailure(Instant at, String operation, String cause) {
}
