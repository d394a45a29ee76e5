/**
 * The publication feature's public face: the published forms and their documents, read by the public API and pages
 * and by open data.
 */
@org.springframework.modulith.NamedInterface("service")
package ecopark.publication.service;
