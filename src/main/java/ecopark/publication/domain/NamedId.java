package ecopark.publication.domain;

/** An id with its name, for the public list's filter choices. */
public record NamedId(long id, String name) {
}
