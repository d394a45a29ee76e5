/**
 * The publication feature's public face: the published forms and their documents, read by the public API and pages,
 * by open data and by the search index (which reads the frozen form).
 */
@org.springframework.modulith.NamedInterface("service")
package ecopark.publication.service;
