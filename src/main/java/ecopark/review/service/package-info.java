/** The review feature's public face: the inbox and decisions, used by its views. */
@org.springframework.modulith.NamedInterface("service")
package ecopark.review.service;
