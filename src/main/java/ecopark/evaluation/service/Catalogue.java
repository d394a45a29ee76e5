package ecopark.evaluation.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One standard version with everything that belongs to it, immutable: what a sheet is evaluated against.
 *
 * @param revision the standard version row's optimistic-lock version; administrators' edits raise it
 */
public record Catalogue(long standardId, long revision, String code, LocalizedText name, boolean active,
        int minOptional, List<CategorySpec> categories, List<FootnoteSpec> footnotes, List<IndicatorSpec> indicators,
        List<SelectionGroupSpec> selectionGroups, Map<String, StatisticSpec> statistics) {

    public Catalogue {
        categories = List.copyOf(categories);
        footnotes = List.copyOf(footnotes);
        indicators = List.copyOf(indicators);
        selectionGroups = List.copyOf(selectionGroups);
        statistics = Map.copyOf(statistics);
    }

    public Optional<IndicatorSpec> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Map<Long, CategorySpec> categoriesById() {
        return categories.stream().collect(Collectors.toMap(CategorySpec::id, Function.identity()));
    }

    public long mandatoryCount() {
        return indicators.stream().filter(IndicatorSpec::isMandatory).count();
    }

    public long optionalCount() {
        return indicators.size() - mandatoryCount();
    }
}
