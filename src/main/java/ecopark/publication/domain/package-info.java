/** The publication entity; the search feature maps it to its index (read only). */
@org.springframework.modulith.NamedInterface("domain")
package ecopark.publication.domain;
