package ecopark.evaluation.service;

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
    static final String MISSING_DATA = "evaluation.check.missingData";

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
}
