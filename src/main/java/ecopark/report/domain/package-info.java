/** Report entities and enums; the enums are part of the feature's API. */
@org.springframework.modulith.NamedInterface("domain")
package ecopark.report.domain;
