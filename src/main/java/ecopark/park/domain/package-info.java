/** Park and jurisdiction entities; their enums are part of the feature's API. */
@org.springframework.modulith.NamedInterface("domain")
package ecopark.park.domain;
