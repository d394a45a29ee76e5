/**
 * Account administration, what users do with their own account, sign-in safety (slowing repeated failed attempts,
 * the password policy, ending the sessions of a changed account), API tokens for integrations and the Spring Security
 * configuration.
 */
@org.springframework.modulith.NamedInterface("service")
package ecopark.security.service;
