/**
 * Who the user is and what they may reach: roles, accounts, login, and the park/jurisdiction rule that every
 * service applies. Depends only on {@code base}; learns about parks through {@link ecopark.security.OrganisationDirectory}.
 */
package ecopark.security;
