/**
 * Open data's public face: the published indicator rows in their stable column layout, which the province's package
 * summary reuses so that the national office reads the same columns as the open data.
 */
@org.springframework.modulith.NamedInterface("service")
package ecopark.opendata.service;
