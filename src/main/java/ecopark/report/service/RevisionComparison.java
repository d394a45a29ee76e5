package ecopark.report.service;

import ecopark.evaluation.service.AppliedThreshold;
import ecopark.evaluation.service.Input;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.RevisionDifference.Aspect;
import ecopark.report.service.RevisionDifference.FieldChange;
import ecopark.report.service.RevisionDifference.IndicatorChange;
import ecopark.report.service.RevisionDifference.SelectionChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares two immutable revisions of a report (docs/product.md: reviewers can compare two revisions). Everyone who may
 * see the report may compare its revisions: the park's staff, the bureau's reviewers and managers, administrators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RevisionComparison {

    private final ReportWorkflow workflow;

    RevisionComparison(ReportWorkflow workflow) {
        this.workflow = workflow;
    }

    /** The revisions of the report, oldest first, to choose the two to compare; access is checked by the workflow. */
    public List<RevisionView> revisions(long reportId) {
        return workflow.revisions(reportId);
    }

    /** What changed from revision {@code from} to revision {@code to} (either order; the same one compares empty). */
    public RevisionDifference compare(long reportId, int from, int to) {
        return between(workflow.revision(reportId, from), workflow.revision(reportId, to));
    }

    /** The comparison itself, without the database: section 一 field by field, 二 by character, 三 row by row. */
    public static RevisionDifference between(RevisionView from, RevisionView to) {
        ReportSnapshot a = from.form();
        ReportSnapshot b = to.form();
        List<FieldChange> basic = new ArrayList<>();
        for (BasicField field : BasicField.values()) {
            String before = field.valueOf(a.basic());
            String after = field.valueOf(b.basic());
            if (!Objects.equals(before, after)) {
                basic.add(new FieldChange(field, before, after));
            }
        }
        Map<NarrativeSection, TextDiff> narratives = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            narratives.put(section, TextDiff.between(text(a, section), text(b, section)));
        }
        boolean comparable = a.hasIndicators() && b.hasIndicators();
        List<IndicatorChange> indicators = comparable ? indicatorChanges(a.indicators(), b.indicators()) : List.of();
        return new RevisionDifference(from, to, basic, narratives, indicators, comparable, selection(a, b));
    }

    /**
     * The optional indicators one revision assesses and the other does not, and the reason for the reviewers when it
     * changed; null when neither did. A blank reason is no reason.
     */
    private static SelectionChange selection(ReportSnapshot a, ReportSnapshot b) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        if (a.hasIndicators() && b.hasIndicators()) {
            Set<String> before = optionalAssessed(a.indicators());
            Set<String> after = optionalAssessed(b.indicators());
            after.stream().filter(code -> !before.contains(code)).forEach(added::add);
            before.stream().filter(code -> !after.contains(code)).forEach(removed::add);
        }
        SelectionChange change = new SelectionChange(added, removed, reason(a), reason(b));
        return change.selectionChanged() || change.reasonChanged() ? change : null;
    }

    private static Set<String> optionalAssessed(List<SnapshotIndicator> rows) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        rows.stream().filter(r -> !r.mandatory() && r.assessed()).forEach(r -> codes.add(r.code()));
        return codes;
    }

    private static String reason(ReportSnapshot snapshot) {
        String reason = snapshot.selectionChangeReason();
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static List<IndicatorChange> indicatorChanges(List<SnapshotIndicator> before,
            List<SnapshotIndicator> after) {
        Map<String, SnapshotIndicator> earlier = new LinkedHashMap<>();
        before.forEach(i -> earlier.put(i.code(), i));
        Map<String, SnapshotIndicator> later = new LinkedHashMap<>();
        after.forEach(i -> later.put(i.code(), i));
        List<IndicatorChange> changes = new ArrayList<>();
        for (SnapshotIndicator b : after) {
            SnapshotIndicator a = earlier.get(b.code());
            Set<Aspect> aspects = a == null ? EnumSet.of(Aspect.ROW) : aspects(a, b);
            if (!aspects.isEmpty()) {
                changes.add(new IndicatorChange(b.code(), b.name(), a, b, aspects));
            }
        }
        for (SnapshotIndicator a : before) {
            if (!later.containsKey(a.code())) {
                changes.add(new IndicatorChange(a.code(), a.name(), a, null, EnumSet.of(Aspect.ROW)));
            }
        }
        return changes;
    }

    private static Set<Aspect> aspects(SnapshotIndicator a, SnapshotIndicator b) {
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        if (a.assessed() != b.assessed()) {
            aspects.add(Aspect.SELECTION);
        }
        if (!sameNumber(a.value(), b.value())) {
            aspects.add(Aspect.VALUE);
        }
        if (!Objects.equals(a.state(), b.state())) {
            aspects.add(Aspect.STATE);
        }
        if (a.verdict() != b.verdict()) {
            aspects.add(Aspect.VERDICT);
        }
        // Revisions stored before the facts were frozen have none: nothing to compare them with.
        if (a.facts() != null && b.facts() != null) {
            if (!sameThreshold(a.facts().threshold(), b.facts().threshold())) {
                aspects.add(Aspect.THRESHOLD);
            }
            if (!sameInputs(a.facts().inputs(), b.facts().inputs())) {
                aspects.add(Aspect.INPUTS);
            }
            if (!sameNumber(a.facts().value(), b.facts().value())) {
                aspects.add(Aspect.VALUE);
            }
        }
        return aspects;
    }

    /** The threshold that applied, its basis and, for footnote a, the industry, its share and the reason. */
    private static boolean sameThreshold(AppliedThreshold a, AppliedThreshold b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.comparison() == b.comparison() && sameNumber(a.value(), b.value()) && a.basis() == b.basis()
                && Objects.equals(a.detail(), b.detail()) && Objects.equals(a.reason(), b.reason())
                && sameNumber(a.industryShare(), b.industryShare());
    }

    private static boolean sameInputs(List<Input> a, List<Input> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Input x = a.get(i);
            Input y = b.get(i);
            if (x.year() != y.year() || !Objects.equals(x.statistic(), y.statistic())
                    || !sameNumber(x.value(), y.value())) {
                return false;
            }
        }
        return true;
    }

    /** 17.60 and 17.6 are the same value. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(ReportSnapshot snapshot, NarrativeSection section) {
        return snapshot.narratives() == null ? null : snapshot.narratives().get(section);
    }
}
