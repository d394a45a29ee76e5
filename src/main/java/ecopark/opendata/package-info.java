/**
 * Open data: every published indicator row as CSV, Excel and paged JSON without sign-in, for one form, one park over
 * the years or the whole filtered list, and a catalogue of what is available. Reads only the frozen publications,
 * through the publication feature's service; writes nothing.
 */
package ecopark.opendata;
