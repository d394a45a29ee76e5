package ecopark.publication.service;

import ecopark.publication.domain.PublicationListing;

/**
 * One published form with its publication data (date, revision, whether a correction superseded it).
 *
 * @param contentHash the form's content hash ({@link ecopark.publication.domain.Publication#contentHash()})
 */
public record PublicForm(PublicationListing publication, PublishedForm form, String contentHash) {
}
