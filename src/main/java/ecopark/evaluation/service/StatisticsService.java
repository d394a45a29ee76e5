package ecopark.evaluation.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.security.CurrentUser;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.evaluation.domain.StatisticDefinition;
import ecopark.evaluation.domain.StatisticDefinitionRepository;
import ecopark.evaluation.domain.YearlyStatistic;
import ecopark.evaluation.domain.YearlyStatisticRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's yearly statistics, the facts computed indicators are made from. Staff of the park
 * write them; everyone whose scope reaches the park reads them. They are not locked with a report: the same years
 * serve consecutive reports, and a published report's evaluation is frozen by its own snapshot.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class StatisticsService {

    private final YearlyStatisticRepository statistics;
    private final StatisticDefinitionRepository definitions;
    private final EvaluationAccess access;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    StatisticsService(YearlyStatisticRepository statistics, StatisticDefinitionRepository definitions,
            EvaluationAccess access, Clock clock, AuditTrail audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.statistics = statistics;
        this.definitions = definitions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Records (or corrects) statistics of one park and year, all or nothing; each value within its statistic's range,
     * a null value deletes the recorded one. The same path as {@link #apply} with one year.
     */
    public void record(long parkId, int year, Map<String, BigDecimal> values) {
        List<StatisticEdit> edits = new ArrayList<>();
        values.forEach((key, value) -> edits.add(new StatisticEdit(year, key, value)));
        apply(parkId, edits);
    }

    /**
     * Records, corrects and deletes statistics of one park across several years at once, all or nothing: every edit
     * of every year is checked first, and one refused value refuses them all, each problem named by its cell. A null
     * value deletes the recorded statistic (an emptied cell). Returns how many stored values changed.
     */
    public int apply(long parkId, Collection<StatisticEdit> edits) {
        String by = access.requireWriter(parkId);
        FieldProblemsException.throwIfAny(problems(edits));
        int changed = 0;
        for (StatisticEdit edit : edits) {
            Optional<YearlyStatistic> stored = statistics.findByParkIdAndYearAndStatisticKey(parkId, edit.year(),
                    edit.key());
            if (edit.value() == null) {
                if (stored.isPresent()) {
                    statistics.delete(stored.get());
                    changed++;
                }
                continue;
            }
            if (stored.isPresent() && stored.get().getValue().compareTo(edit.value()) == 0) {
                continue;
            }
            YearlyStatistic row = stored.orElseGet(() -> new YearlyStatistic(parkId, edit.year(), edit.key()));
            row.record(edit.value(), by, clock.instant());
            statistics.save(row);
            changed++;
        }
        statistics.flush();
        if (changed > 0) {
            List<Integer> years = edits.stream().map(StatisticEdit::year).distinct().sorted().toList();
            audit.record(currentUser.require().asActor(), AuditAction.STATISTICS_SAVED, AuditSubject.PARK_STATISTICS,
                    parkId, parkId, changed, years);
        }
        return changed;
    }

    /** Why each edit may not be applied (an unknown statistic, a refused value), by cell; deleting is always allowed. */
    public List<FieldProblem> problems(Collection<StatisticEdit> edits) {
        Map<String, StatisticSpec> known = definitions.findAll().stream()
                .collect(Collectors.toMap(StatisticDefinition::getKey, StatisticSpec::of));
        List<FieldProblem> problems = new ArrayList<>();
        for (StatisticEdit edit : edits) {
            StatisticSpec statistic = known.get(edit.key());
            if (statistic == null) {
                problems.add(FieldProblem.of(edit.field(), "evaluation.error.unknownStatistic", edit.key()));
            } else if (edit.value() != null) {
                refusedValue(statistic, edit.value()).ifPresent(reason -> problems.add(
                        new FieldProblem(edit.field(), reason.key(), reason.args())));
            }
        }
        return problems;
    }

    /**
     * Why a value may not be recorded for a statistic (missing, or outside its catalogue range: see
     * {@link PlausibleValue}), or empty. The spreadsheet import and the API ask the same rule before they change
     * anything.
     */
    public static Optional<Reason> refusedValue(StatisticSpec statistic, BigDecimal value) {
        if (value == null) {
            return Optional.of(Reason.of("entry.error.missing", statistic.name()));
        }
        return EnteredValue.of(statistic, value).refusal();
    }

    @Transactional(readOnly = true)
    public List<YearlyValue> values(long parkId, int fromYear, int toYear) {
        access.requireReader(parkId);
        return statistics.findByParkIdAndYearBetween(parkId, fromYear, toYear).stream()
                .sorted(Comparator.comparingInt(YearlyStatistic::getYear).thenComparing(YearlyStatistic::getStatisticKey))
                .map(s -> new YearlyValue(s.getParkId(), s.getYear(), s.getStatisticKey(), s.getValue(),
                        s.getUpdatedAt(), s.getUpdatedBy()))
                .toList();
    }

    /** The statistics of a span of years as the evaluator reads them. */
    @Transactional(readOnly = true)
    public StatisticTable table(long parkId, int fromYear, int toYear) {
        access.requireReader(parkId);
        return StatisticTable.of(statistics.valuesOf(parkId, fromYear, toYear));
    }

    @Transactional(readOnly = true)
    public boolean hasAny(long parkId) {
        access.requireReader(parkId);
        return statistics.existsByParkId(parkId);
    }
}
