package ecopark.publication.service;

import java.time.Instant;

/** A park that published: its current forms' years and when its data last changed (a publication or correction). */
public record PublishedPark(long parkId, String parkName, int firstYear, int lastYear, long forms,
        Instant lastModified) {
}
