package ecopark.evaluation.service;

import ecopark.evaluation.domain.Footnote;
import ecopark.evaluation.domain.FootnoteRepository;
import ecopark.evaluation.domain.IndicatorCategoryRepository;
import ecopark.evaluation.domain.IndicatorDefinition;
import ecopark.evaluation.domain.IndicatorDefinitionRepository;
import ecopark.evaluation.domain.SelectionGroupRepository;
import ecopark.evaluation.domain.StandardVersion;
import ecopark.evaluation.domain.StandardVersionRepository;
import ecopark.evaluation.domain.StatisticDefinitionRepository;
import ecopark.evaluation.domain.StatisticRef;
import ecopark.evaluation.domain.StatisticRole;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a standard version into an immutable {@link Catalogue}. Catalogues are read for every evaluation and change
 * rarely, so they are cached; the cache is keyed by the standard version row's optimistic-lock version, which every
 * administrator edit raises, so each evaluation costs one primary-key read and no node serves a stale catalogue.
 */
@Component
@Transactional(readOnly = true)
class CatalogueLoader {

    private final StandardVersionRepository versions;
    private final IndicatorCategoryRepository categories;
    private final FootnoteRepository footnotes;
    private final IndicatorDefinitionRepository indicators;
    private final SelectionGroupRepository groups;
    private final StatisticDefinitionRepository statistics;
    private final Map<Long, Catalogue> cache = new ConcurrentHashMap<>();

    CatalogueLoader(StandardVersionRepository versions, IndicatorCategoryRepository categories,
            FootnoteRepository footnotes, IndicatorDefinitionRepository indicators, SelectionGroupRepository groups,
            StatisticDefinitionRepository statistics) {
        this.versions = versions;
        this.categories = categories;
        this.footnotes = footnotes;
        this.indicators = indicators;
        this.groups = groups;
        this.statistics = statistics;
    }

    /**
     * The catalogue of a standard version whose row's revision the caller read in its own query (evaluation joins it
     * to the sheet): from the cache without a query of its own when the revisions agree.
     */
    public Catalogue load(long standardId, long revision) {
        Catalogue cached = cache.get(standardId);
        return cached != null && cached.revision() == revision ? cached : load(standardId);
    }

    public Catalogue load(long standardId) {
        StandardVersion version = versions.findById(standardId)
                .orElseThrow(() -> new IllegalStateException("No standard version " + standardId));
        Catalogue cached = cache.get(standardId);
        if (cached != null && cached.revision() == version.getVersion()) {
            return cached;
        }
        Catalogue fresh = read(version);
        cache.put(standardId, fresh);
        return fresh;
    }

    private Catalogue read(StandardVersion version) {
        long id = version.getId();
        List<Footnote> footnoteRows = footnotes.findByStandardIdOrderByMark(id);
        List<FootnoteSpec> notes = footnoteRows.stream()
                .map(f -> new FootnoteSpec(f.getId(), f.getMark(), new LocalizedText(f.getTextZh(), f.getTextEn()),
                        f.isIndustryOverride()))
                .toList();
        Set<String> overrideMarks = footnoteRows.stream()
                .filter(Footnote::isIndustryOverride).map(Footnote::getMark).collect(Collectors.toSet());
        List<IndicatorDefinition> definitions = indicators.findByStandardIdOrderBySortOrder(id);
        Map<Long, String> codes = definitions.stream()
                .collect(Collectors.toMap(IndicatorDefinition::getId, IndicatorDefinition::getCode));
        List<IndicatorSpec> specs = definitions.stream().map(d -> spec(d, overrideMarks)).toList();
        List<SelectionGroupSpec> groupSpecs = groups.findByStandardIdOrderByCode(id).stream()
                .map(g -> new SelectionGroupSpec(g.getId(), g.getCode(), new LocalizedText(g.getNameZh(), g.getNameEn()),
                        g.getMinSelected(), g.getIndicatorIds().stream().map(codes::get).collect(Collectors.toSet())))
                .toList();
        Map<String, StatisticSpec> statisticSpecs = statistics.findAllByOrderBySortOrder().stream()
                .map(StatisticSpec::of)
                .collect(Collectors.toMap(StatisticSpec::key, Function.identity()));
        List<CategorySpec> categorySpecs = categories.findByStandardIdOrderBySortOrder(id).stream()
                .map(c -> new CategorySpec(c.getId(), c.getCode(), new LocalizedText(c.getNameZh(), c.getNameEn()),
                        c.getSortOrder()))
                .toList();
        return new Catalogue(id, version.getVersion(), version.getCode(),
                new LocalizedText(version.getNameZh(), version.getNameEn()), version.isActive(), version.getMinOptional(),
                categorySpecs, notes, specs, groupSpecs, statisticSpecs);
    }

    private static IndicatorSpec spec(IndicatorDefinition d, Set<String> overrideMarks) {
        List<StatisticRef> refs = d.getStatistics().stream().sorted(Comparator.comparingInt(StatisticRef::getSortOrder))
                .toList();
        List<String> numerators = refs.stream().filter(r -> r.getRole() == StatisticRole.NUMERATOR)
                .map(StatisticRef::getStatisticKey).toList();
        String denominator = refs.stream().filter(r -> r.getRole() == StatisticRole.DENOMINATOR)
                .map(StatisticRef::getStatisticKey).findFirst().orElse(null);
        String marks = d.getFootnoteMarks() == null ? "" : d.getFootnoteMarks();
        boolean override = Arrays.stream(marks.split("[,\\s]*")).anyMatch(overrideMarks::contains);
        return new IndicatorSpec(d.getId(), d.getCode(), d.getSortOrder(), d.getCategoryId(),
                new LocalizedText(d.getNameZh(), d.getNameEn()), new LocalizedText(d.getUnitZh(), d.getUnitEn()),
                new LocalizedText(d.getRequirementZh(), d.getRequirementEn()), d.getSelection(), marks, d.getRuleKind(),
                d.getThreshold(), Map.copyOf(new HashMap<>(d.getRegionalThresholds())), d.getFormulaKey(),
                d.getFormulaZh() == null ? null : new LocalizedText(d.getFormulaZh(), d.getFormulaEn()), d.getFactor(),
                d.getDisplayScale(), numerators, denominator, override, d.getValueRange());
    }
}
