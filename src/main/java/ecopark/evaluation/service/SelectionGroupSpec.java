package ecopark.evaluation.service;

import java.util.Set;

/** "At least {@code minSelected} of these indicators" (by indicator code). */
public record SelectionGroupSpec(long id, String code, LocalizedText name, int minSelected, Set<String> indicatorCodes) {
}
