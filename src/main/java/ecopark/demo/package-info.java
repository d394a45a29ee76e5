/**
 * Demo data for a newcomer's first start on the embedded database: the Changchun park of the seed form, two more
 * parks and an account for every role. Loaded by code through the features' services, never by migrations.
 */
package ecopark.demo;
