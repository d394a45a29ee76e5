package ecopark.publication.service;

import ecopark.publication.domain.PublicationListing;

/** One published form with its publication data (date, revision, whether a correction superseded it). */
public record PublicForm(PublicationListing publication, PublishedForm form) {
}
