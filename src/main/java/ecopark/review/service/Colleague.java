package ecopark.review.service;

/** A reviewer or manager of the same bureau, as a choice for handing over or copying a task. */
public record Colleague(String username, String displayName, boolean manager) {
}
