package ecopark.publication.service;

import java.time.Instant;

/**
 * What a published form's page depends on besides the frozen form: the correction that superseded it, if any, and the
 * park's newest publication (a later year or a correction changes the page's year-over-year table and versions).
 *
 * @param parkLatestId the id of the park's newest publication
 * @param lastModified when the park's newest publication was published
 */
public record FormFreshness(long publicationId, Long supersededBy, long parkLatestId, Instant lastModified) {
}
