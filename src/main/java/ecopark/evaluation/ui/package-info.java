/** Evaluation views: the reusable evaluation panel, the read-only page per report, the list of sheets, the catalogue. */
package ecopark.evaluation.ui;
