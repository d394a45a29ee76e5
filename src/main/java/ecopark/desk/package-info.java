/**
 * The desks of the submission route: the provincial desk per annual notice (every park of the province with the
 * state of its report, late ones marked, 催办) and the national desk (the provinces' packages, each park's state
 * across the country).
 */
package ecopark.desk;
