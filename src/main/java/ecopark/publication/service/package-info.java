/** The published forms as the other features read them (the search index reads the frozen form). */
@org.springframework.modulith.NamedInterface("service")
package ecopark.publication.service;
