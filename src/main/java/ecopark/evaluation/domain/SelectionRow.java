package ecopark.evaluation.domain;

/**
 * One entry of a sheet as far as its selection goes, with its standard version and that version's revision; the
 * entry's columns are null on the row of a sheet without entries.
 */
public record SelectionRow(long standardId, long standardRevision, Long indicatorId, Boolean selected) {
}
