/**
 * Parks (the basic-information section of the form) and the jurisdictions of the environmental bureaus that
 * cover them. Uses {@code security} for the access rule; tells security about parks through its directory.
 */
package ecopark.park;
