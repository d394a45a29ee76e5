/** The park feature's public face: other features and the views call these services. */
@org.springframework.modulith.NamedInterface("service")
package ecopark.park.service;
