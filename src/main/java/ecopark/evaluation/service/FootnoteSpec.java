package ecopark.evaluation.service;

/** A footnote mark with its text; {@code industryOverride} marks HJ 274-2015's footnote a. */
public record FootnoteSpec(long id, String mark, LocalizedText text, boolean industryOverride) {
}
