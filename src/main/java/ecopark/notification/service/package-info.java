/** What other features use to notify people. */
@org.springframework.modulith.NamedInterface("service")
package ecopark.notification.service;
