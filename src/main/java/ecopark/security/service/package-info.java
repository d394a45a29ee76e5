/** Account administration and the Spring Security configuration. */
@org.springframework.modulith.NamedInterface("service")
package ecopark.security.service;
