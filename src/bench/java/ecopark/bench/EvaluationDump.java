package ecopark.bench;

import ecopark.evaluation.domain.EntryValues;
import ecopark.evaluation.service.AppliedThreshold;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.CatalogueService;
import ecopark.evaluation.service.DerivedValue;
import ecopark.evaluation.service.EvaluationContext;
import ecopark.evaluation.service.EvaluationResult;
import ecopark.evaluation.service.IndicatorEvaluator;
import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.Input;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.MissingInput;
import ecopark.evaluation.service.StatisticTable;
import ecopark.evaluation.service.VerdictFacts;
import ecopark.park.domain.WaterRegion;
import ecopark.security.SystemActor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every fact of many evaluations written out, so that a change meant to make the evaluator faster can be shown to
 * change no result: run it before and after and compare the files byte for byte. Exact values are written as their
 * digits and scale (1.50 and 1.5 differ), beside the shown value, the threshold, each input, intermediate value and
 * missing value, the verdict and its reason, and the frozen facts.
 *
 * <p>The reports: the 10,000 of {@link InMemoryEvaluationBenchmark} (1,000 parks × 10 years, every optional indicator
 * selected), then {@code edges} reports (5,000 unless told) made from them by deterministic random alterations aimed
 * at the evaluator's edges: missing, zero, negative, huge, tiny and many-digit statistics, values with a negative
 * scale, equal values (zero growth, a ratio of 1), exact growth (an exact cube root), construction periods from none
 * to 26 years (Newton's iteration beyond 12), no water region, unselected optional indicators, entered values and
 * states missing or on their thresholds, footnote a's replacement thresholds, an empty table. Each edge report is
 * also evaluated one indicator at a time through the single-indicator entry point.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=ecopark.bench.EvaluationDump
 * -Djmh.args='out=/tmp/evaluations.txt'} (prints the number of lines and the file's SHA-256).
 */
public final class EvaluationDump {

    private static final int FIRST_BASE_YEAR = 2000;

    private final Catalogue catalogue;
    private final IndicatorEvaluator evaluator = new IndicatorEvaluator();
    private final List<String> statisticKeys;

    private EvaluationDump(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.statisticKeys = new ArrayList<>(catalogue.statistics().keySet());
        statisticKeys.sort(null);
    }

    public static void main(String[] argv) throws IOException, NoSuchAlgorithmException {
        Map<String, String> args = BenchArgs.parse(argv);
        Path out = Path.of(args.getOrDefault("out", "evaluations.txt"));
        int edges = Integer.parseInt(args.getOrDefault("edges", "5000"));
        Catalogue catalogue;
        try (ConfigurableApplicationContext context = BenchContext.inMemory()) {
            catalogue = SystemActor.call(() -> context.getBean(CatalogueService.class).active());
        }
        long lines;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            lines = new EvaluationDump(catalogue).write(writer, edges);
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out));
        System.out.printf("%s: %d lines, %d bytes, SHA-256 %s%n", out, lines, Files.size(out),
                HexFormat.of().formatHex(digest));
    }

    private long write(BufferedWriter out, int edges) throws IOException {
        long lines = 0;
        Map<Long, EntryValues> everySelected = InMemoryEvaluationBenchmark.everyIndicatorSelected(catalogue);
        int report = 0;
        for (int park = 0; park < InMemoryEvaluationBenchmark.PARKS; park++) {
            StatisticTable table = table(BenchData.park(park));
            for (int i = 0; i < BenchData.REPORTS_PER_PARK; i++) {
                EvaluationContext context = new EvaluationContext(report, park, BenchData.FIRST_REPORT + i,
                        BenchData.BASE_YEAR, WaterRegion.values()[park % WaterRegion.values().length]);
                lines += write(out, "bench", evaluator.evaluate(catalogue, context, everySelected, table));
                report++;
            }
        }
        for (int edge = 0; edge < edges; edge++) {
            Random random = new Random(1_000_003L * edge + 17);
            int park = random.nextInt(InMemoryEvaluationBenchmark.PARKS * 3);
            Map<String, Map<Integer, BigDecimal>> values = BenchData.park(park);
            int year = BenchData.FIRST_REPORT + random.nextInt(BenchData.REPORTS_PER_PARK);
            int baseYear = baseYear(random, year);
            WaterRegion region = random.nextInt(8) == 0 ? null
                    : WaterRegion.values()[random.nextInt(WaterRegion.values().length)];
            fillBaseYears(values, baseYear);
            int alterations = 1 + random.nextInt(4);
            for (int a = 0; a < alterations; a++) {
                alter(random, values, year, baseYear);
            }
            StatisticTable table = random.nextInt(200) == 0 ? StatisticTable.builder().build() : table(values);
            Map<Long, EntryValues> entries = entries(random);
            EvaluationContext context = new EvaluationContext(report, park, year, baseYear, region);
            lines += write(out, "edge " + edge, evaluator.evaluate(catalogue, context, entries, table));
            IndicatorSpec single = catalogue.indicators().get(edge % catalogue.indicators().size());
            IndicatorOutcome outcome = evaluator.evaluate(single, catalogue.statistics(), context,
                    entries.getOrDefault(single.id(), EntryValues.NONE), table);
            out.write("single " + edge + " " + outcome(outcome));
            out.newLine();
            lines++;
            report++;
        }
        return lines;
    }

    private static int baseYear(Random random, int year) {
        return switch (random.nextInt(6)) {
            case 0 -> year;                                   // no construction period
            case 1 -> year + 1 + random.nextInt(2);           // base after the report year
            case 2 -> year - 1 - random.nextInt(3);           // short periods
            case 3 -> FIRST_BASE_YEAR + random.nextInt(year - FIRST_BASE_YEAR);   // up to 26 years
            default -> BenchData.BASE_YEAR;
        };
    }

    /** Statistics for base years before the benchmark's first year, continuing its trend backwards. */
    private static void fillBaseYears(Map<String, Map<Integer, BigDecimal>> values, int baseYear) {
        for (Map<Integer, BigDecimal> years : values.values()) {
            for (int y = BenchData.FIRST_STATISTICS_YEAR - 1; y >= Math.min(baseYear, FIRST_BASE_YEAR); y--) {
                BigDecimal later = years.get(y + 1);
                years.put(y, later.multiply(new BigDecimal("0.97")).setScale(4, java.math.RoundingMode.HALF_UP));
            }
        }
    }

    private void alter(Random random, Map<String, Map<Integer, BigDecimal>> values, int year, int baseYear) {
        String key = statisticKeys.get(random.nextInt(statisticKeys.size()));
        Map<Integer, BigDecimal> years = values.computeIfAbsent(key, k -> new LinkedHashMap<>());
        int[] read = {year, year - 3, baseYear, year, year - 3, baseYear, FIRST_BASE_YEAR + random.nextInt(27)};
        int y = read[random.nextInt(read.length)];
        BigDecimal other = years.get(read[random.nextInt(read.length)]);
        switch (random.nextInt(16)) {
            case 0, 1 -> years.remove(y);
            case 2 -> years.put(y, BigDecimal.ZERO);
            case 3 -> years.put(y, new BigDecimal("0.000000"));
            case 4 -> years.put(y, new BigDecimal(-1 - random.nextInt(1000)));
            case 5 -> years.put(y, new BigDecimal(new BigInteger(59, random), 6));   // up to 18 digits before the point
            case 6 -> years.put(y, new BigDecimal(new BigInteger(79, random), 6));   // 24 digits
            case 7 -> years.put(y, new BigDecimal("0.000001"));
            case 8 -> years.put(y, new BigDecimal(BigInteger.valueOf(1 + random.nextInt(99)), -random.nextInt(6)));
            case 9 -> {
                // zero growth: the same value at the base year and now, or three years before and now
                BigDecimal now = years.get(year);
                if (now != null) {
                    years.put(random.nextBoolean() ? baseYear : year - 3, now);
                }
            }
            case 10 -> {
                // exact growth: ×1.15³ over three years (∛1.520875 = 1.15), or ×1.1^k over the construction period
                BigDecimal before = years.get(year - 3);
                if (before != null) {
                    years.put(year, before.multiply(new BigDecimal("1.520875")));
                }
                BigDecimal base = years.get(baseYear);
                if (base != null && year > baseYear) {
                    years.put(year, base.multiply(new BigDecimal("1.1").pow(year - baseYear)));
                }
            }
            case 11 -> {
                // a ratio of 1 (a share of 100 %) or another statistic's value
                String otherKey = statisticKeys.get(random.nextInt(statisticKeys.size()));
                BigDecimal value = values.getOrDefault(otherKey, Map.of()).get(y);
                if (value != null) {
                    years.put(y, value);
                }
            }
            case 12 -> {
                if (other != null) {
                    years.put(y, other);
                }
            }
            case 13 -> years.put(y, new BigDecimal(random.nextInt(1_000_000_000)).movePointLeft(random.nextInt(12)));
            case 14 -> years.put(y, new BigDecimal(Long.toString(Math.abs(random.nextLong()) % 1_000_000_000_000_000L))
                    .movePointLeft(random.nextInt(8)));
            default -> {
                BigDecimal value = years.get(y);
                if (value != null) {
                    years.put(y, value.stripTrailingZeros());
                }
            }
        }
    }

    /** Selections, entered values and states, footnote a's replacements, drawn per indicator. */
    private Map<Long, EntryValues> entries(Random random) {
        Map<Long, EntryValues> entries = new HashMap<>();
        String[] entered = {null, "0", "8", "17.6", "100", "4", "3.999999", "100.000000", "-1", "1E+2", "0.5", "90"};
        for (IndicatorSpec indicator : catalogue.indicators()) {
            if (random.nextInt(10) == 0) {
                continue;   // no entry: an optional one is then not assessed
            }
            boolean selected = random.nextInt(6) != 0;
            String value = entered[random.nextInt(entered.length)];
            Boolean state = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> Boolean.FALSE;
                default -> Boolean.TRUE;
            };
            BigDecimal override = null;
            String industry = null;
            BigDecimal share = null;
            String reason = null;
            if (random.nextInt(4) == 0) {
                override = indicator.threshold() != null && random.nextBoolean() ? indicator.threshold()
                        : new BigDecimal(random.nextInt(2000)).movePointLeft(random.nextInt(4));
                industry = "化工";
                share = random.nextBoolean() ? null : new BigDecimal("75.5");
                reason = "主导产业";
            }
            if (value == null && indicator.threshold() != null && random.nextInt(3) == 0) {
                value = indicator.threshold().toPlainString();   // on the threshold
            }
            entries.put(indicator.id(), new EntryValues(selected, value == null ? null : new BigDecimal(value), state,
                    override, industry, share, reason));
        }
        return entries;
    }

    private static StatisticTable table(Map<String, Map<Integer, BigDecimal>> values) {
        StatisticTable.Builder builder = StatisticTable.builder();
        values.forEach((key, years) -> years.forEach((year, value) -> builder.put(key, year, value)));
        return builder.build();
    }

    private static long write(BufferedWriter out, String label, EvaluationResult result) throws IOException {
        out.write(label + " report " + result.reportId() + " park " + result.parkId() + " year " + result.year() + " "
                + result.standardCode() + " " + result.summary());
        out.newLine();
        for (IndicatorOutcome outcome : result.outcomes()) {
            out.write("  " + outcome(outcome));
            out.newLine();
        }
        return 1 + result.outcomes().size();
    }

    private static String outcome(IndicatorOutcome o) {
        StringBuilder s = new StringBuilder();
        s.append(o.code()).append(" assessed=").append(o.assessed()).append(" verdict=").append(o.verdict())
                .append(" reason=").append(o.reasonKey()).append(" value=").append(exact(o.value()))
                .append(" shown=").append(exact(o.displayValue())).append(" state=").append(o.state())
                .append(" threshold=").append(threshold(o.threshold())).append(" lacksData=").append(o.lacksData());
        s.append(" inputs=[");
        for (Input i : o.inputs()) {
            s.append('(').append(i.year()).append(' ').append(i.statistic()).append(' ').append(text(i.name()))
                    .append(' ').append(text(i.unit())).append(' ').append(exact(i.value())).append(')');
        }
        s.append("] derived=[");
        for (DerivedValue d : o.derived()) {
            s.append('(').append(d.labelKey()).append(' ').append(text(d.subject())).append(' ').append(d.fromYear())
                    .append('-').append(d.toYear()).append(' ').append(exact(d.value())).append(')');
        }
        s.append("] missing=[");
        for (MissingInput m : o.missing()) {
            s.append('(').append(m.year()).append(' ').append(m.statistic()).append(' ').append(text(m.name()))
                    .append(')');
        }
        s.append(']');
        VerdictFacts facts = o.facts();
        if (facts == null) {
            s.append(" facts=null");
        } else {
            // The facts repeat the outcome; what they add is the formula and that they agree with it.
            s.append(" facts=").append(exact(facts.value())).append(' ').append(exact(facts.shownValue())).append(' ')
                    .append(text(facts.formula())).append(' ').append(threshold(facts.threshold())).append(' ')
                    .append(facts.reasonKey()).append(' ').append(facts.inputs().equals(o.inputs()))
                    .append(facts.derived().equals(o.derived())).append(facts.missing().equals(o.missing()))
                    .append(' ').append(facts.thresholdDiffersFromStandard()).append(facts.overridden());
        }
        return s.toString();
    }

    private static String threshold(AppliedThreshold t) {
        if (t == null) {
            return "null";
        }
        return "(" + t.comparison() + " " + exact(t.value()) + " " + t.basis() + " " + t.detail() + " " + t.reason()
                + " " + exact(t.industryShare()) + " '" + t.text() + "')";
    }

    private static String text(LocalizedText text) {
        return text == null ? "null" : text.zh() + "|" + text.en();
    }

    /** Digits and scale: 1.50 is 150e2, 1.5 is 15e1, 1E+3 is 1e-3. */
    private static String exact(BigDecimal value) {
        return value == null ? "null" : value.unscaledValue() + "e" + value.scale();
    }
}
