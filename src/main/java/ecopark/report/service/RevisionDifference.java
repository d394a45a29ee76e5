package ecopark.report.service;

import ecopark.evaluation.service.LocalizedText;
import ecopark.report.domain.NarrativeSection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed from one revision of a report to another: the fields of section 一 that differ, the narrative
 * sections of 二 character by character, and the rows of section 三 whose selection, value, state, verdict, applied
 * threshold or input data differ, and the choice of optional indicators with its reason.
 *
 * @param indicatorsComparable false when either revision was submitted before section 三 was frozen with revisions
 * @param selection what changed in the choice of optional indicators or in its reason; null when nothing did
 */
public record RevisionDifference(RevisionView from, RevisionView to, List<FieldChange> basicChanges,
        Map<NarrativeSection, TextDiff> narratives, List<IndicatorChange> indicatorChanges,
        boolean indicatorsComparable, SelectionChange selection) {

    public RevisionDifference {
        basicChanges = List.copyOf(basicChanges);
        narratives = Map.copyOf(narratives);
        indicatorChanges = List.copyOf(indicatorChanges);
    }

    public boolean unchanged() {
        return basicChanges.isEmpty() && indicatorChanges.isEmpty()
                && narratives.values().stream().noneMatch(TextDiff::changed) && selection == null;
    }

    /**
     * The park's choice of optional indicators changed between the revisions, or its reason for the reviewers why
     * they differ from last year did (HJ 274-2015 lets a park choose; the reviewers see why).
     *
     * @param added optional indicators assessed in {@code to} and not in {@code from}, in the standard's order
     * @param removed optional indicators assessed in {@code from} and no longer in {@code to}
     * @param reasonBefore the reason in {@code from}; null when none was given (the selection was last year's)
     * @param reasonAfter the reason in {@code to}; null likewise
     */
    public record SelectionChange(List<String> added, List<String> removed, String reasonBefore,
            String reasonAfter) {

        public SelectionChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        public boolean selectionChanged() {
            return !added.isEmpty() || !removed.isEmpty();
        }

        public boolean reasonChanged() {
            return !java.util.Objects.equals(reasonBefore, reasonAfter);
        }
    }

    public long changedSections() {
        return narratives.values().stream().filter(TextDiff::changed).count();
    }

    /** One field of section 一; the values are translation keys when {@link BasicField#translated()}. */
    public record FieldChange(BasicField field, String before, String after) {
    }

    /**
     * One row of section 三 that differs; {@code before} or {@code after} is null when the row exists in only one
     * revision (a new version of the standard).
     */
    public record IndicatorChange(String code, LocalizedText name, SnapshotIndicator before, SnapshotIndicator after,
            Set<Aspect> aspects) {

        public IndicatorChange {
            aspects = Set.copyOf(aspects);
        }
    }

    /** What about an indicator row changed. */
    public enum Aspect {
        SELECTION,
        VALUE,
        STATE,
        VERDICT,
        /** The threshold that applied or why (region, growth direction, footnote a's industry, share, reason). */
        THRESHOLD,
        /** A statistic the value was computed from. */
        INPUTS,
        ROW;

        public String labelKey() {
            return "revisions.aspect." + name();
        }
    }
}
