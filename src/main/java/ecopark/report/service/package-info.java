/** The report feature's public face: drafting services used by views, the review process and publication. */
@org.springframework.modulith.NamedInterface("service")
package ecopark.report.service;
