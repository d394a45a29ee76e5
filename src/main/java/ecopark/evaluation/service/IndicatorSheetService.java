package ecopark.evaluation.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.security.CurrentUser;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.domain.PlainText;
import ecopark.base.i18n.Translatable;
import ecopark.evaluation.domain.Decimals;
import ecopark.evaluation.domain.EntryValues;
import ecopark.evaluation.domain.IndicatorSheet;
import ecopark.evaluation.domain.IndicatorSheetRepository;
import ecopark.evaluation.domain.SelectionRow;
import ecopark.evaluation.domain.SheetEntry;
import ecopark.evaluation.domain.SheetEntryRow;
import ecopark.evaluation.domain.StatisticValue;
import ecopark.evaluation.domain.YearlyStatisticRepository;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 三 of a report: its indicator sheet, the evaluation and the check whether the section allows submission.
 * Staff of the park write a sheet while its report is editable; everyone whose scope reaches the
 * park reads it.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class IndicatorSheetService {

    private final IndicatorSheetRepository sheets;
    private final CatalogueService catalogues;
    private final CatalogueLoader loader;
    private final YearlyStatisticRepository yearlyStatistics;
    private final StatisticsService statistics;
    private final ParkService parks;
    private final EvaluationAccess access;
    private final Clock clock;
    private final IndicatorEvaluator evaluator = new IndicatorEvaluator();
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    IndicatorSheetService(IndicatorSheetRepository sheets, CatalogueService catalogues, CatalogueLoader loader,
            YearlyStatisticRepository yearlyStatistics, StatisticsService statistics, ParkService parks,
            EvaluationAccess access, Clock clock, AuditTrail audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.sheets = sheets;
        this.statistics = statistics;
        this.catalogues = catalogues;
        this.loader = loader;
        this.yearlyStatistics = yearlyStatistics;
        this.parks = parks;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Opens the sheet of a new report with the currently active standard version, which the sheet keeps for good.
     * docs/product.md: the selection of indicators stays the same as in the previous year's report, so the optional
     * indicators the park's previous-year sheet selected start selected (matched by their code in the standard).
     * Opening a report's sheet twice returns the first.
     */
    public SheetView openSheet(long reportId, long parkId, int year) {
        String by = access.requireWriter(parkId);
        Optional<IndicatorSheet> existing = sheets.findByReportId(reportId);
        if (existing.isPresent()) {
            // The park named is the caller's claim: the sheet found answers only to those who write its own park.
            access.requireWriter(existing.get().getParkId());
            return view(existing.get());
        }
        Catalogue catalogue = catalogues.active();
        Set<String> previous = previousSelection(parkId, year).orElse(Set.of());
        IndicatorSheet sheet = new IndicatorSheet(reportId, parkId, year, catalogue.standardId(), by, clock.instant());
        for (IndicatorSpec indicator : catalogue.indicators()) {
            sheet.addEntry(indicator.id(), indicator.isMandatory() || previous.contains(indicator.code()));
        }
        return view(sheets.saveAndFlush(sheet));
    }

    @Transactional(readOnly = true)
    public SheetView sheet(long reportId) {
        IndicatorSheet sheet = readable(reportId);
        return view(sheet);
    }

    /**
     * Replaces the selection of optional indicators (mandatory ones are always assessed). HJ 274-2015 and the form:
     * at least the version's minimum of optional indicators, every "at least k of n" group of the version satisfied,
     * and the same selection as the park's previous-year report; a different selection needs a reason, which is
     * stored on the sheet for the reviewers.
     */
    public SheetView select(long reportId, Set<String> optionalCodes, String changeReason) {
        IndicatorSheet sheet = writable(reportId);
        Catalogue catalogue = loader.load(sheet.getStandardId());
        List<Reason> problems = selectionProblems(sheet, catalogue, optionalCodes, changeReason);
        if (!problems.isEmpty()) {
            Reason first = problems.get(0);
            throw new BusinessRuleException(first.key(), first.args().toArray());
        }
        writeSelection(sheet, catalogue, optionalCodes, changeReason);
        audit(sheet, AuditAction.INDICATORS_SELECTED, sortedCodes(optionalCodes), AuditDetail.note(changeReason));
        return save(sheet);
    }

    /** Every reason the selection (with its change reason) may not be stored, most basic first. */
    private List<Reason> selectionProblems(IndicatorSheet sheet, Catalogue catalogue, Set<String> optionalCodes,
            String changeReason) {
        Map<String, IndicatorSpec> byCode = catalogue.indicators().stream()
                .collect(Collectors.toMap(IndicatorSpec::code, i -> i));
        for (String code : optionalCodes) {
            IndicatorSpec indicator = byCode.get(code);
            if (indicator == null) {
                return List.of(Reason.of("evaluation.error.unknownIndicator", code));
            }
            if (indicator.isMandatory()) {
                return List.of(Reason.of("evaluation.error.mandatoryNotSelectable", code));
            }
        }
        String reason = stripped(changeReason);
        // Reviewers read the reason: no invisible or direction-changing characters, and not cut to the column.
        Optional<PlainText.Problem> text = PlainText.check(reason, IndicatorSheet.REASON_MAX_LENGTH);
        if (text.isPresent()) {
            return List.of(Reason.of(text.get().key(), text.get().args()));
        }
        List<Reason> problems = new ArrayList<>(SelectionRules.check(catalogue, optionalCodes));
        Optional<Set<String>> previous = previousSelection(sheet.getParkId(), sheet.getYear());
        boolean changed = previous.isPresent() && !previous.get().equals(Set.copyOf(optionalCodes));
        if (changed && reason == null) {
            problems.add(Reason.of(SelectionRules.CHANGED_WITHOUT_REASON, Translatable.listOfPlain(sortedCodes(previous.get()))));
        }
        return problems;
    }

    private void writeSelection(IndicatorSheet sheet, Catalogue catalogue, Set<String> optionalCodes,
            String changeReason) {
        for (IndicatorSpec indicator : catalogue.indicators()) {
            entry(sheet, indicator).setSelected(indicator.isMandatory() || optionalCodes.contains(indicator.code()));
        }
        Optional<Set<String>> previous = previousSelection(sheet.getParkId(), sheet.getYear());
        boolean changed = previous.isPresent() && !previous.get().equals(Set.copyOf(optionalCodes));
        sheet.setSelectionChangeReason(changed ? stripped(changeReason) : null);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Applies the report editor's pending edits of section 三 as a whole, in the caller's transaction: entered
     * values and states, the selection with its reason, and the park's statistics of the report's years (an emptied
     * cell deletes the stored value). Everything is checked first; if anything is refused, nothing is written and
     * every problem names its field. Staff of the park only, while the report is editable.
     */
    public SheetView apply(long reportId, SheetEdits edits) {
        IndicatorSheet sheet = writable(reportId);
        Catalogue catalogue = loader.load(sheet.getStandardId());
        List<FieldProblem> problems = new ArrayList<>(entryProblems(sheet, catalogue, edits));
        if (edits.selection() != null) {
            selectionProblems(sheet, catalogue, edits.selection().optionalCodes(), edits.selection().changeReason())
                    .forEach(r -> problems.add(new FieldProblem(SheetEdits.SELECTION_FIELD, r.key(), r.args())));
        }
        FieldProblemsException.throwIfAny(problems);
        if (edits.isEmpty()) {
            return view(sheet);
        }
        edits.values().forEach((code, value) -> entry(sheet, indicator(sheet, code)).setEnteredValue(value));
        edits.states().forEach((code, state) -> entry(sheet, indicator(sheet, code)).setEnteredState(state));
        if (edits.selection() != null) {
            writeSelection(sheet, catalogue, edits.selection().optionalCodes(), edits.selection().changeReason());
            audit(sheet, AuditAction.INDICATORS_SELECTED, sortedCodes(edits.selection().optionalCodes()),
                    AuditDetail.note(edits.selection().changeReason()));
        }
        if (!edits.values().isEmpty() || !edits.states().isEmpty()) {
            List<Object> changes = new ArrayList<>();
            edits.values().forEach((code, value) -> changes.add(valueChange(code, value)));
            edits.states().forEach((code, state) -> changes.add(stateChange(code, state)));
            audit(sheet, AuditAction.INDICATOR_VALUES_SAVED, changes.size(), changes);
        }
        if (!edits.statistics().isEmpty()) {
            statistics.apply(sheet.getParkId(), edits.statistics());
        }
        return save(sheet);
    }

    /**
     * The evaluation as it would be with the editor's pending edits applied, computed in memory (nothing is
     * written), and the problems saving them would meet. The selection is evaluated as ticked; its rules are checked
     * when saving, since a selection is naturally incomplete while it is being ticked. Refused values are left out.
     */
    @Transactional(readOnly = true)
    public SheetPreview preview(long reportId, SheetEdits edits) {
        IndicatorSheet sheet = readable(reportId);
        Catalogue catalogue = loader.load(sheet.getStandardId());
        List<FieldProblem> problems = entryProblems(sheet, catalogue, edits);
        Set<String> refused = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        Map<Long, EntryValues> entries = new HashMap<>();
        for (SheetEntry entry : sheet.getEntries()) {
            entries.put(entry.getIndicatorId(), entry.values());
        }
        for (IndicatorSpec indicator : catalogue.indicators()) {
            String code = indicator.code();
            EntryValues v = entries.getOrDefault(indicator.id(), EntryValues.NONE);
            boolean selected = edits.selection() == null ? v.selected()
                    : indicator.isMandatory() || edits.selection().optionalCodes().contains(code);
            BigDecimal value = edits.values().containsKey(code) && !refused.contains(SheetEdits.valueField(code))
                    ? edits.values().get(code) : v.enteredValue();
            Boolean state = edits.states().containsKey(code) && !refused.contains(SheetEdits.stateField(code))
                    ? edits.states().get(code) : v.enteredState();
            entries.put(indicator.id(), new EntryValues(selected, value, state, v.overrideThreshold(),
                    v.overrideIndustry(), v.overrideReason()));
        }
        List<StatisticEdit> statisticEdits = edits.statistics().stream()
                .filter(e -> !refused.contains(e.field())).toList();
        EvaluationResult result = evaluate(sheet.getReportId(), sheet.getParkId(), sheet.getYear(), catalogue, entries,
                statisticEdits);
        return new SheetPreview(result, problems);
    }

    /** What the values, states and statistics of the edits break, by field (the selection is checked apart). */
    private List<FieldProblem> entryProblems(IndicatorSheet sheet, Catalogue catalogue, SheetEdits edits) {
        List<FieldProblem> problems = new ArrayList<>();
        edits.values().forEach((code, value) -> catalogue.indicator(code).ifPresentOrElse(
                indicator -> refusedValue(indicator, value).ifPresent(r -> problems.add(
                        new FieldProblem(SheetEdits.valueField(code), r.key(), r.args()))),
                () -> problems.add(FieldProblem.of(SheetEdits.valueField(code), "evaluation.error.unknownIndicator",
                        code))));
        edits.states().forEach((code, state) -> catalogue.indicator(code).ifPresentOrElse(
                indicator -> refusedState(indicator).ifPresent(r -> problems.add(
                        new FieldProblem(SheetEdits.stateField(code), r.key(), r.args()))),
                () -> problems.add(FieldProblem.of(SheetEdits.stateField(code), "evaluation.error.unknownIndicator",
                        code))));
        if (!edits.statistics().isEmpty()) {
            Set<Integer> years = StatisticYears.of(sheet.getYear(),
                    parks.get(sheet.getParkId()).getConstructionBaseYear());
            for (StatisticEdit edit : edits.statistics()) {
                if (!years.contains(edit.year())) {
                    problems.add(FieldProblem.of(edit.field(), "editor.error.statisticYear", edit.year(),
                            sheet.getYear()));
                }
            }
            problems.addAll(statistics.problems(edits.statistics()));
        }
        return problems;
    }

    /** Enters the value or count of an indicator that is not computed from statistics (e.g. 5, 19, 20, 29, 32). */
    public SheetView enterValue(long reportId, String code, BigDecimal value) {
        IndicatorSheet sheet = writable(reportId);
        IndicatorSpec indicator = indicator(sheet, code);
        refusedValue(indicator, value).ifPresent(IndicatorSheetService::refuse);
        entry(sheet, indicator).setEnteredValue(value);
        audit(sheet, AuditAction.INDICATOR_VALUE_ENTERED, valueChange(code, value));
        return save(sheet);
    }

    /** Enters a yes/no state (17 达标, 18 全部完成, 22 具备); null clears it. */
    public SheetView enterState(long reportId, String code, Boolean state) {
        IndicatorSheet sheet = writable(reportId);
        IndicatorSpec indicator = indicator(sheet, code);
        refusedState(indicator).ifPresent(IndicatorSheetService::refuse);
        entry(sheet, indicator).setEnteredState(state);
        audit(sheet, AuditAction.INDICATOR_STATE_ENTERED, stateChange(code, state));
        return save(sheet);
    }

    /**
     * Why a value may not be entered for the indicator (computed, a state, or outside its catalogue range: see
     * {@link PlausibleValue}), or empty; null clears a value and is always allowed for an entered indicator. The
     * spreadsheet import and the API ask the same rules before they change anything.
     */
    public static Optional<Reason> refusedValue(IndicatorSpec indicator, BigDecimal value) {
        String code = indicator.code();
        if (indicator.isComputed()) {
            return Optional.of(Reason.of("evaluation.error.computedIndicator", code));
        }
        if (indicator.ruleKind().isState()) {
            return Optional.of(Reason.of("evaluation.error.stateExpected", code));
        }
        return EnteredValue.of(indicator, value).refusal();
    }

    /** Why a yes/no state may not be entered for the indicator (computed, or judged by a value), or empty. */
    static Optional<Reason> refusedState(IndicatorSpec indicator) {
        if (indicator.isComputed()) {
            return Optional.of(Reason.of("evaluation.error.computedIndicator", indicator.code()));
        }
        if (!indicator.ruleKind().isState()) {
            return Optional.of(Reason.of("evaluation.error.valueExpected", indicator.code()));
        }
        return Optional.empty();
    }

    private static void refuse(Reason reason) {
        throw new BusinessRuleException(reason.key(), reason.args().toArray());
    }

    /** Footnote a's condition: one industry makes up more than 70 % of the park's industrial output. */
    public static final BigDecimal DOMINANT_SHARE = BigDecimal.valueOf(70);

    /**
     * HJ 274-2015, footnote a (indicators 6, 11, 14, 26, 27, 28): where one industry makes up more than 70% of the
     * park's industrial output, that industry's clean-production level-1 value replaces the threshold. The industry,
     * its share of the output (in %, above 70 and at most 100) and the reason are required and shown with the result.
     */
    public SheetView overrideThreshold(long reportId, String code, BigDecimal threshold, String industry,
            BigDecimal industryShare, String reason) {
        IndicatorSheet sheet = writable(reportId);
        IndicatorSpec indicator = indicator(sheet, code);
        if (!indicator.industryOverride()) {
            throw new BusinessRuleException("evaluation.error.overrideNotAllowed", code);
        }
        if (threshold == null || threshold.signum() < 0 || industry == null || industry.isBlank()
                || industry.length() > SheetEntry.INDUSTRY_MAX_LENGTH || reason == null || reason.isBlank()
                || reason.length() > SheetEntry.REASON_MAX_LENGTH) {
            throw new BusinessRuleException("evaluation.error.overrideIncomplete", SheetEntry.INDUSTRY_MAX_LENGTH,
                    SheetEntry.REASON_MAX_LENGTH);
        }
        if (industryShare == null || industryShare.compareTo(DOMINANT_SHARE) <= 0
                || industryShare.compareTo(Decimals.HUNDRED) > 0) {
            throw new BusinessRuleException("facts.error.industryShare", industry.strip(),
                    industryShare == null ? "—" : industryShare.stripTrailingZeros().toPlainString());
        }
        if (industryShare.stripTrailingZeros().scale() > SheetEntry.SHARE_SCALE) {
            throw new BusinessRuleException("facts.error.industryShareDecimals", SheetEntry.SHARE_SCALE);
        }
        entry(sheet, indicator).overrideThreshold(threshold, industry.strip(), industryShare, reason.strip());
        audit(sheet, AuditAction.THRESHOLD_OVERRIDDEN, code, threshold, industry.strip(), industryShare,
                AuditDetail.note(reason));
        return save(sheet);
    }

    public SheetView clearOverride(long reportId, String code) {
        IndicatorSheet sheet = writable(reportId);
        entry(sheet, indicator(sheet, code)).overrideThreshold(null, null, null, null);
        audit(sheet, AuditAction.THRESHOLD_OVERRIDE_CLEARED, code);
        return save(sheet);
    }

    /**
     * Evaluates every indicator of the report's sheet against the standard version the sheet was made with. Reads the
     * sheet's entries with its keys and its standard's revision in one query, the park, and the statistics of the
     * years the formulas read.
     */
    @Transactional(readOnly = true)
    public EvaluationResult evaluate(long reportId) {
        return evaluate(read(reportId));
    }

    /**
     * {@link #evaluate(long)} with the catalogue it evaluated against and the sheet's reason for a changed selection,
     * from the same single read of the sheet: what the disclosure form is put together from.
     */
    @Transactional(readOnly = true)
    public EvaluatedSheet evaluatedSheet(long reportId) {
        SheetRead sheet = read(reportId);
        return new EvaluatedSheet(sheet.catalogue(), evaluate(sheet), sheet.selectionChangeReason());
    }

    @Transactional(readOnly = true)
    public Catalogue catalogueOf(long reportId) {
        return loader.load(readable(reportId).getStandardId());
    }

    /**
     * Whether section 三 allows the report to be submitted, with every reason it does not (docs/product.md's completeness
     * check): each assessed indicator — every mandatory one and each selected optional one — has a result, met or not
     * met. A row that lacks data names what is missing (year and statistic, in the reader's language); a row whose
     * value cannot be computed (an elasticity coefficient at zero growth of value added, a zero denominator) is no
     * result either: it names why, and an optional one may instead be deselected with a reason. Further, at least the
     * version's minimum of optional indicators is selected, every selection group holds, and a selection that differs
     * from the previous year's carries a reason. The report editor and the review process both call this.
     */
    @Transactional(readOnly = true)
    public SubmissionCheck checkSubmission(long reportId) {
        SheetRead sheet = read(reportId);
        Catalogue catalogue = sheet.catalogue();
        EvaluationResult result = evaluate(sheet);
        List<Reason> reasons = new ArrayList<>();
        for (IndicatorOutcome outcome : result.assessed()) {
            LocalizedText name = outcome.indicator().name();
            if (outcome.lacksData()) {
                reasons.add(Reason.of(SelectionRules.MISSING_DATA, outcome.code(), name,
                        SelectionRules.missingInputs(outcome.missing(), catalogue)));
            } else if (outcome.verdict() == Verdict.NOT_COMPUTABLE || outcome.verdict() == Verdict.MISSING_DATA) {
                reasons.add(Reason.of(outcome.indicator().isMandatory() ? SelectionRules.NOT_COMPUTABLE
                        : SelectionRules.NOT_COMPUTABLE_OPTIONAL, outcome.code(), name,
                        Translatable.of(outcome.reasonKey())));
            }
        }
        Set<String> selected = selectedOptional(sheet.entries().entrySet().stream()
                .filter(e -> e.getValue().selected()).map(Map.Entry::getKey), catalogue);
        reasons.addAll(SelectionRules.check(catalogue, selected));
        previousSelection(sheet.parkId(), sheet.year()).ifPresent(previous -> {
            if (!previous.equals(selected) && sheet.selectionChangeReason() == null) {
                reasons.add(Reason.of(SelectionRules.CHANGED_WITHOUT_REASON, Translatable.listOfPlain(sortedCodes(previous))));
            }
        });
        return new SubmissionCheck(reasons, result, sheet.selectionChangeReason());
    }

    /** The sheets of the reports the user may reach, with their summary counts, newest year first by default. */
    @Transactional(readOnly = true)
    public Page<SheetListItem> findVisible(Pageable pageable) {
        List<Long> parkIds = parks.visibleParkIds();
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort()
                : Sort.by(Sort.Order.desc("year"), Sort.Order.asc("parkId"));
        Pageable sorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return sheets.findByParkIdIn(parkIds, sorted).map(sheet -> {
            Catalogue catalogue = loader.load(sheet.getStandardId());
            EvaluationResult result = evaluate(sheet, catalogue);
            return new SheetListItem(sheet.getReportId(), sheet.getParkId(), parks.get(sheet.getParkId()).getName(),
                    sheet.getYear(), catalogue.code(), result.summary());
        });
    }

    private EvaluationResult evaluate(IndicatorSheet sheet, Catalogue catalogue) {
        Map<Long, EntryValues> entries = new HashMap<>();
        for (SheetEntry entry : sheet.getEntries()) {
            entries.put(entry.getIndicatorId(), entry.values());
        }
        return evaluate(sheet.getReportId(), sheet.getParkId(), sheet.getYear(), catalogue, entries);
    }

    private EvaluationResult evaluate(long reportId, long parkId, int year, Catalogue catalogue,
            Map<Long, EntryValues> entries) {
        return evaluate(reportId, parkId, year, catalogue, entries, List.of());
    }

    /** The evaluation over the stored statistics with pending statistic edits laid over them (null removes one). */
    private EvaluationResult evaluate(long reportId, long parkId, int year, Catalogue catalogue,
            Map<Long, EntryValues> entries, List<StatisticEdit> pendingStatistics) {
        Park park = parks.get(parkId);
        int base = park.getConstructionBaseYear();
        IndicatorEvaluator.YearsRead years = IndicatorEvaluator.yearsRead(year, base);
        List<StatisticValue> rows = yearlyStatistics.valuesOfYears(parkId, years.reportYear(),
                years.threeYearsBefore(), years.baseYear());
        if (!pendingStatistics.isEmpty()) {
            Map<String, StatisticValue> merged = new LinkedHashMap<>();
            rows.forEach(r -> merged.put(r.statisticKey() + "@" + r.year(), r));
            for (StatisticEdit edit : pendingStatistics) {
                String key = edit.key() + "@" + edit.year();
                if (edit.value() == null) {
                    merged.remove(key);
                } else {
                    merged.put(key, new StatisticValue(edit.key(), edit.year(), edit.value()));
                }
            }
            rows = new ArrayList<>(merged.values());
        }
        StatisticTable table = StatisticTable.of(rows);
        EvaluationContext context = new EvaluationContext(reportId, parkId, year, base, park.getWaterRegion());
        return evaluator.evaluate(catalogue, context, entries, table);
    }

    /**
     * A report's sheet as evaluation and the submission check read it: its keys, catalogue, entries and reason for a
     * changed selection, with the reader's right to the park checked.
     */
    private record SheetRead(long reportId, long parkId, int year, Catalogue catalogue, Map<Long, EntryValues> entries,
            String selectionChangeReason) {
    }

    /**
     * Reads the sheet's entries with its keys, its reason and its standard's revision in one query (the catalogue
     * then comes from the cache); a sheet without entries is read as an entity.
     */
    private SheetRead read(long reportId) {
        List<SheetEntryRow> rows = sheets.entryRowsOf(reportId);
        Map<Long, EntryValues> entries = new HashMap<>();
        if (rows.isEmpty()) {
            IndicatorSheet sheet = readable(reportId);
            for (SheetEntry entry : sheet.getEntries()) {
                entries.put(entry.getIndicatorId(), entry.values());
            }
            return new SheetRead(reportId, sheet.getParkId(), sheet.getYear(), loader.load(sheet.getStandardId()),
                    entries, sheet.getSelectionChangeReason());
        }
        SheetEntryRow first = rows.get(0);
        access.requireReader(first.parkId());
        for (SheetEntryRow row : rows) {
            entries.put(row.indicatorId(), row.values());
        }
        return new SheetRead(reportId, first.parkId(), first.year(),
                loader.load(first.standardId(), first.standardRevision()), entries, first.selectionChangeReason());
    }

    private EvaluationResult evaluate(SheetRead sheet) {
        return evaluate(sheet.reportId(), sheet.parkId(), sheet.year(), sheet.catalogue(), sheet.entries());
    }

    /** The optional indicators the park's sheet of the year before selected, if it has one: one query. */
    private Optional<Set<String>> previousSelection(long parkId, int year) {
        List<SelectionRow> rows = sheets.selectionOf(parkId, year - 1);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SelectionRow first = rows.get(0);
        Catalogue catalogue = loader.load(first.standardId(), first.standardRevision());
        return Optional.of(selectedOptional(rows.stream()
                .filter(r -> r.indicatorId() != null && Boolean.TRUE.equals(r.selected()))
                .map(SelectionRow::indicatorId), catalogue));
    }

    /** The codes of the optional indicators among the selected entries' indicator ids. */
    private static Set<String> selectedOptional(java.util.stream.Stream<Long> selectedIndicatorIds,
            Catalogue catalogue) {
        Map<Long, IndicatorSpec> byId = catalogue.indicators().stream()
                .collect(Collectors.toMap(IndicatorSpec::id, i -> i));
        return selectedIndicatorIds.map(byId::get)
                .filter(i -> i != null && !i.isMandatory())
                .map(IndicatorSpec::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    private IndicatorSheet readable(long reportId) {
        IndicatorSheet sheet = sheets.findByReportId(reportId)
                .orElseThrow(() -> new BusinessRuleException("evaluation.error.noSheet", reportId));
        access.requireReader(sheet.getParkId());
        return sheet;
    }

    private IndicatorSheet writable(long reportId) {
        IndicatorSheet sheet = sheets.findByReportId(reportId)
                .orElseThrow(() -> new BusinessRuleException("evaluation.error.noSheet", reportId));
        access.requireWriter(sheet.getParkId());
        access.requireEditable(reportId);
        return sheet;
    }

    /** Section 三 lines are about the report whose sheet changed. */
    private void audit(IndicatorSheet sheet, AuditAction action, Object... details) {
        audit.record(currentUser.require().asActor(), action, AuditSubject.REPORT, sheet.getReportId(),
                sheet.getParkId(), details);
    }

    private static Object valueChange(String code, BigDecimal value) {
        return value == null ? AuditDetail.key("audit.item.cleared", code)
                : AuditDetail.key("audit.item.value", code, value);
    }

    private static Object stateChange(String code, Boolean state) {
        return state == null ? AuditDetail.key("audit.item.cleared", code)
                : AuditDetail.key("audit.item.value", code, AuditDetail.key(state ? "audit.yes" : "audit.no"));
    }

    private SheetView save(IndicatorSheet sheet) {
        sheet.touch(access.requireWriter(sheet.getParkId()), clock.instant());
        return view(sheets.saveAndFlush(sheet));
    }

    private IndicatorSpec indicator(IndicatorSheet sheet, String code) {
        return loader.load(sheet.getStandardId()).indicator(code)
                .orElseThrow(() -> new BusinessRuleException("evaluation.error.unknownIndicator", code));
    }

    private static SheetEntry entry(IndicatorSheet sheet, IndicatorSpec indicator) {
        return sheet.entry(indicator.id()).orElseGet(() -> sheet.addEntry(indicator.id(), indicator.isMandatory()));
    }

    private SheetView view(IndicatorSheet sheet) {
        Catalogue catalogue = loader.load(sheet.getStandardId());
        Map<Long, String> codes = catalogue.indicators().stream()
                .collect(Collectors.toMap(IndicatorSpec::id, IndicatorSpec::code));
        List<SheetView.Entry> entries = sheet.getEntries().stream()
                .filter(e -> codes.containsKey(e.getIndicatorId()))
                .map(e -> new SheetView.Entry(codes.get(e.getIndicatorId()), e.isSelected(), e.getEnteredValue(),
                        e.getEnteredState(), e.getOverrideThreshold(), e.getOverrideIndustry(), e.getOverrideIndustryShare(),
                        e.getOverrideReason()))
                .toList();
        return new SheetView(sheet.getReportId(), sheet.getParkId(), sheet.getYear(), sheet.getStandardId(),
                catalogue.code(), sheet.getSelectionChangeReason(), entries,
                previousSelection(sheet.getParkId(), sheet.getYear()).orElse(null), sheet.getVersion());
    }

    private static List<String> sortedCodes(Set<String> codes) {
        return new TreeSet<>(codes).stream().sorted((a, b) -> compareCodes(a, b)).toList();
    }

    private static int compareCodes(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
