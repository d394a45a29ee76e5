package ecopark.evaluation.service;

import ecopark.base.i18n.Localizable;
import ecopark.base.i18n.Translatable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The selection rules of a standard version, themselves catalogue data: at least {@link Catalogue#minOptional()}
 * optional indicators, and for each selection group at least its minimum of its members.
 */
final class SelectionRules {

    static final String TOO_FEW_OPTIONAL = "evaluation.check.tooFewOptional";
    static final String GROUP_NOT_MET = "evaluation.check.groupNotMet";
    static final String CHANGED_WITHOUT_REASON = "evaluation.check.selectionChanged";
    static final String MISSING_DATA = "checks.missingData";
    static final String NOT_COMPUTABLE = "checks.notComputable";
    static final String NOT_COMPUTABLE_OPTIONAL = "checks.notComputableOptional";
    static final String MISSING_ITEM = "checks.missingItem";
    static final String MISSING_ENTERED = "checks.missingEntered";

    private SelectionRules() {
    }

    static List<Reason> check(Catalogue catalogue, Set<String> selectedOptional) {
        List<Reason> reasons = new ArrayList<>();
        if (selectedOptional.size() < catalogue.minOptional()) {
            reasons.add(Reason.of(TOO_FEW_OPTIONAL, catalogue.minOptional(), selectedOptional.size()));
        }
        for (SelectionGroupSpec group : catalogue.selectionGroups()) {
            long inGroup = group.indicatorCodes().stream().filter(selectedOptional::contains).count();
            if (inGroup < group.minSelected()) {
                reasons.add(Reason.of(GROUP_NOT_MET, group.name(), group.minSelected(), inGroup));
            }
        }
        return reasons;
    }

    /**
     * What an indicator lacks, as one argument in the reader's language: "2019 年园区工业从业人员、2016 年园区工业增加值"
     * or "the value to enter"; statistics by their catalogue name, never by their key.
     */
    static Localizable missingInputs(List<MissingInput> missing, Catalogue catalogue) {
        List<Localizable> items = missing.stream().distinct().map(m -> {
            if (m.statistic() == null) {
                return (Localizable) Translatable.of(MISSING_ENTERED);
            }
            StatisticSpec statistic = catalogue.statistics().get(m.statistic());
            Object name = statistic == null ? m.statistic() : statistic.name();
            return (Localizable) Translatable.of(MISSING_ITEM, m.year(), name);
        }).toList();
        return Translatable.listOf(items);
    }
}
