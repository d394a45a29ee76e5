package ecopark.evaluation.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.domain.EntryValues;
import ecopark.evaluation.domain.IndicatorSheet;
import ecopark.evaluation.domain.IndicatorSheetRepository;
import ecopark.evaluation.domain.SheetEntry;
import ecopark.evaluation.domain.SheetEntryRow;
import ecopark.evaluation.domain.YearlyStatisticRepository;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Staff of the park and administrators write a sheet while its report is editable; everyone whose scope reaches the
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
    private final ParkService parks;
    private final EvaluationAccess access;
    private final Clock clock;
    private final IndicatorEvaluator evaluator = new IndicatorEvaluator();

    IndicatorSheetService(IndicatorSheetRepository sheets, CatalogueService catalogues, CatalogueLoader loader,
            YearlyStatisticRepository yearlyStatistics, ParkService parks, EvaluationAccess access, Clock clock) {
        this.sheets = sheets;
        this.catalogues = catalogues;
        this.loader = loader;
        this.yearlyStatistics = yearlyStatistics;
        this.parks = parks;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Opens the sheet of a new report with the currently active standard version, which the sheet keeps for good.
     * DESIGN.md: the selection of indicators stays the same as in the previous year's report, so the optional
     * indicators the park's previous-year sheet selected start selected (matched by their code in the standard).
     * Opening a report's sheet twice returns the first.
     */
    public SheetView openSheet(long reportId, long parkId, int year) {
        String by = access.requireWriter(parkId);
        Optional<IndicatorSheet> existing = sheets.findByReportId(reportId);
        if (existing.isPresent()) {
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
        Map<String, IndicatorSpec> byCode = catalogue.indicators().stream()
                .collect(Collectors.toMap(IndicatorSpec::code, i -> i));
        for (String code : optionalCodes) {
            IndicatorSpec indicator = byCode.get(code);
            if (indicator == null) {
                throw new BusinessRuleException("evaluation.error.unknownIndicator", code);
            }
            if (indicator.isMandatory()) {
                throw new BusinessRuleException("evaluation.error.mandatoryNotSelectable", code);
            }
        }
        List<Reason> problems = new ArrayList<>(SelectionRules.check(catalogue, optionalCodes));
        Optional<Set<String>> previous = previousSelection(sheet.getParkId(), sheet.getYear());
        boolean changed = previous.isPresent() && !previous.get().equals(Set.copyOf(optionalCodes));
        String reason = changeReason == null || changeReason.isBlank() ? null : changeReason.strip();
        if (reason != null && reason.length() > IndicatorSheet.REASON_MAX_LENGTH) {
            throw new BusinessRuleException("evaluation.error.reasonTooLong", IndicatorSheet.REASON_MAX_LENGTH);
        }
        if (changed && reason == null) {
            problems.add(Reason.of(SelectionRules.CHANGED_WITHOUT_REASON, String.join("、", sortedCodes(previous.get()))));
        }
        if (!problems.isEmpty()) {
            Reason first = problems.get(0);
            throw new BusinessRuleException(first.key(), first.args().toArray());
        }
        for (IndicatorSpec indicator : catalogue.indicators()) {
            entry(sheet, indicator).setSelected(indicator.isMandatory() || optionalCodes.contains(indicator.code()));
        }
        sheet.setSelectionChangeReason(changed ? reason : null);
        return save(sheet);
    }

    /** Enters the value or count of an indicator that is not computed from statistics (e.g. 5, 19, 20, 29, 32). */
    public SheetView enterValue(long reportId, String code, BigDecimal value) {
        IndicatorSheet sheet = writable(reportId);
        IndicatorSpec indicator = indicator(sheet, code);
        refusedValue(indicator, value).ifPresent(IndicatorSheetService::refuse);
        entry(sheet, indicator).setEnteredValue(value);
        return save(sheet);
    }

    /** Enters a yes/no state (17 达标, 18 全部完成, 22 具备); null clears it. */
    public SheetView enterState(long reportId, String code, Boolean state) {
        IndicatorSheet sheet = writable(reportId);
        IndicatorSpec indicator = indicator(sheet, code);
        refusedState(indicator).ifPresent(IndicatorSheetService::refuse);
        entry(sheet, indicator).setEnteredState(state);
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

    /**
     * HJ 274-2015, footnote a (indicators 6, 11, 14, 26, 27, 28): where one industry makes up more than 70% of the
     * park's industrial output, that industry's clean-production level-1 value replaces the threshold. The industry
     * and the reason are required and shown with the result.
     */
    public SheetView overrideThreshold(long reportId, String code, BigDecimal threshold, String industry,
            String reason) {
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
        entry(sheet, indicator).overrideThreshold(threshold, industry.strip(), reason.strip());
        return save(sheet);
    }

    public SheetView clearOverride(long reportId, String code) {
        IndicatorSheet sheet = writable(reportId);
        entry(sheet, indicator(sheet, code)).overrideThreshold(null, null, null);
        return save(sheet);
    }

    /**
     * Evaluates every indicator of the report's sheet against the standard version the sheet was made with. Reads the
     * sheet's entries with its keys and its standard's revision in one query, the park, and the statistics of the
     * years the formulas read.
     */
    @Transactional(readOnly = true)
    public EvaluationResult evaluate(long reportId) {
        List<SheetEntryRow> rows = sheets.entryRowsOf(reportId);
        if (rows.isEmpty()) {
            IndicatorSheet sheet = readable(reportId);
            return evaluate(sheet, loader.load(sheet.getStandardId()));
        }
        SheetEntryRow first = rows.get(0);
        access.requireReader(first.parkId());
        Map<Long, EntryValues> entries = new HashMap<>();
        for (SheetEntryRow row : rows) {
            entries.put(row.indicatorId(), row.values());
        }
        Catalogue catalogue = loader.load(first.standardId(), first.standardRevision());
        return evaluate(reportId, first.parkId(), first.year(), catalogue, entries);
    }

    @Transactional(readOnly = true)
    public Catalogue catalogueOf(long reportId) {
        return loader.load(readable(reportId).getStandardId());
    }

    /**
     * Whether section 三 allows the report to be submitted, with every reason it does not (DESIGN.md's completeness
     * check): each assessed indicator — every mandatory one and each selected optional one — has a result (no value
     * of it is missing; a coefficient that cannot be computed at zero growth is a result), at least the version's
     * minimum of optional indicators is selected, every selection group holds, and a selection that differs from the
     * previous year's carries a reason. The report editor and the review process both call this.
     */
    @Transactional(readOnly = true)
    public SubmissionCheck checkSubmission(long reportId) {
        IndicatorSheet sheet = readable(reportId);
        Catalogue catalogue = loader.load(sheet.getStandardId());
        EvaluationResult result = evaluate(sheet, catalogue);
        List<Reason> reasons = new ArrayList<>();
        for (IndicatorOutcome outcome : result.assessed()) {
            if (outcome.lacksData()) {
                reasons.add(Reason.of(SelectionRules.MISSING_DATA, outcome.code(), outcome.indicator().name()));
            }
        }
        Set<String> selected = selectedOptional(sheet, catalogue);
        reasons.addAll(SelectionRules.check(catalogue, selected));
        previousSelection(sheet.getParkId(), sheet.getYear()).ifPresent(previous -> {
            if (!previous.equals(selected) && sheet.getSelectionChangeReason() == null) {
                reasons.add(Reason.of(SelectionRules.CHANGED_WITHOUT_REASON, String.join("、", sortedCodes(previous))));
            }
        });
        return new SubmissionCheck(reasons);
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
        Park park = parks.get(parkId);
        int base = park.getConstructionBaseYear();
        IndicatorEvaluator.YearsRead years = IndicatorEvaluator.yearsRead(year, base);
        StatisticTable table = StatisticTable.of(yearlyStatistics.valuesOfYears(parkId, years.reportYear(),
                years.threeYearsBefore(), years.baseYear()));
        EvaluationContext context = new EvaluationContext(reportId, parkId, year, base, park.getWaterRegion());
        return evaluator.evaluate(catalogue, context, entries, table);
    }

    private Optional<Set<String>> previousSelection(long parkId, int year) {
        return sheets.findByParkIdAndYear(parkId, year - 1)
                .map(previous -> selectedOptional(previous, loader.load(previous.getStandardId())));
    }

    private static Set<String> selectedOptional(IndicatorSheet sheet, Catalogue catalogue) {
        Map<Long, IndicatorSpec> byId = catalogue.indicators().stream()
                .collect(Collectors.toMap(IndicatorSpec::id, i -> i));
        return sheet.getEntries().stream().filter(SheetEntry::isSelected)
                .map(e -> byId.get(e.getIndicatorId()))
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
                        e.getEnteredState(), e.getOverrideThreshold(), e.getOverrideIndustry(), e.getOverrideReason()))
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
