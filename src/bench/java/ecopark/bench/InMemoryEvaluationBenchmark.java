package ecopark.bench;

import ecopark.evaluation.domain.EntryValues;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.CatalogueService;
import ecopark.evaluation.service.EvaluationContext;
import ecopark.evaluation.service.EvaluationResult;
import ecopark.evaluation.service.IndicatorEvaluator;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.StatisticTable;
import ecopark.park.domain.WaterRegion;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Evaluating reports in memory: 10,000 reports (1,000 parks × 10 years) with all 32 HJ 274-2015 indicators assessed,
 * the catalogue read once from the migrations. One benchmark operation evaluates one report; goal ≤ 20 µs (issue 14;
 * on a loaded machine compare versions by {@link EvaluationCpuTime}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class InMemoryEvaluationBenchmark {

    static final int PARKS = 1_000;

    private final IndicatorEvaluator evaluator = new IndicatorEvaluator();
    private Catalogue catalogue;
    private EvaluationContext[] contexts;
    private StatisticTable[] tables;
    private Map<Long, EntryValues>[] entries;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void prepare() {
        try (ConfigurableApplicationContext context = BenchContext.inMemory()) {
            catalogue = SystemActor.call(() -> context.getBean(CatalogueService.class).active());
        }
        int reports = PARKS * BenchData.REPORTS_PER_PARK;
        contexts = new EvaluationContext[reports];
        tables = new StatisticTable[reports];
        entries = new Map[reports];
        Map<Long, EntryValues> everySelected = everyIndicatorSelected(catalogue);
        int r = 0;
        for (int park = 0; park < PARKS; park++) {
            StatisticTable.Builder builder = StatisticTable.builder();
            BenchData.park(park).forEach((key, years) -> years.forEach((year, value) -> builder.put(key, year, value)));
            StatisticTable table = builder.build();
            for (int i = 0; i < BenchData.REPORTS_PER_PARK; i++) {
                contexts[r] = new EvaluationContext(r, park, BenchData.FIRST_REPORT + i, BenchData.BASE_YEAR,
                        WaterRegion.values()[park % WaterRegion.values().length]);
                tables[r] = table;
                entries[r] = everySelected;
                r++;
            }
        }
    }

    /** Every optional indicator selected, and the entered ones filled in as the demo report has them. */
    static Map<Long, EntryValues> everyIndicatorSelected(Catalogue catalogue) {
        Map<String, String> entered = Map.of("5", "8", "19", "0", "20", "100", "21", "100", "23", "100", "24", "100",
                "29", "17.6", "30", "100", "31", "100", "32", "4");
        Map<Long, EntryValues> entries = new HashMap<>();
        for (IndicatorSpec indicator : catalogue.indicators()) {
            String value = entered.get(indicator.code());
            Boolean state = indicator.ruleKind().isState() ? Boolean.TRUE : null;
            entries.put(indicator.id(), new EntryValues(true, value == null ? null : new BigDecimal(value), state,
                    null, null, null));
        }
        return entries;
    }

    @Benchmark
    public EvaluationResult evaluateOneReport() {
        int r = next;
        next = r + 1 == contexts.length ? 0 : r + 1;
        return evaluator.evaluate(catalogue, contexts[r], entries[r], tables[r]);
    }
}
