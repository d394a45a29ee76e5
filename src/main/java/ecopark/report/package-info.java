/**
 * Drafting a park's annual report and disclosure form: basic information, the five narrative sections, yearly
 * statistics, attachments and immutable revisions. Uses park and evaluation.
 */
package ecopark.report;
