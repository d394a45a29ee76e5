/**
 * The audit trail an operator reads: every feature's lines ({@code ecopark.base.audit}), filtered and paged in the
 * database, exported to .xlsx. Administrators only.
 */
package ecopark.audit;
