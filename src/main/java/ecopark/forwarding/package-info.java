/**
 * The province's package (汇总报送) to the national office: the approved forms of a notice's year with their required
 * deliverables, a cover letter and the list of parks missing, bundled into one signed PDF and an .xlsx summary.
 */
package ecopark.forwarding;
