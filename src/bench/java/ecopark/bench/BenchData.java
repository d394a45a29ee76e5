package ecopark.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Plausible statistics for many parks, deterministic by seed: value added growing or shrinking a few percent a year,
 * consumption and emissions in proportion with their own trends, so every formula has something to compute.
 */
final class BenchData {

    static final int BASE_YEAR = 2014;
    static final int FIRST_REPORT = 2015;
    static final int REPORTS_PER_PARK = 10;
    /** Three-year growth of the first report reads n − 3. */
    static final int FIRST_STATISTICS_YEAR = FIRST_REPORT - 3;
    static final int LAST_YEAR = FIRST_REPORT + REPORTS_PER_PARK - 1;

    /** Statistic → its value per 万元 of value added in the first year (or a share, for the ratios). */
    private static final Map<String, Double> INTENSITY = new LinkedHashMap<>();

    static {
        INTENSITY.put("industrial_output", 3.8);
        INTENSITY.put("high_tech_output", 1.3);
        INTENSITY.put("recycling_value_added", 0.2);
        INTENSITY.put("employees", 0.05);
        INTENSITY.put("industrial_land_area", 0.00001);
        INTENSITY.put("energy_consumption", 0.45);
        INTENSITY.put("renewable_energy", 0.05);
        INTENSITY.put("fresh_water", 5.5);
        INTENSITY.put("water_total", 30.0);
        INTENSITY.put("water_reused", 24.0);
        INTENSITY.put("wastewater_treated", 4.0);
        INTENSITY.put("reclaimed_water_reused", 0.9);
        INTENSITY.put("wastewater_discharged", 4.2);
        INTENSITY.put("solid_waste_generated", 0.09);
        INTENSITY.put("solid_waste_utilised", 0.08);
        INTENSITY.put("recyclables_generated", 0.02);
        INTENSITY.put("recyclables_recycled", 0.017);
        INTENSITY.put("co2_emissions", 1.1);
        INTENSITY.put("cod_emissions", 0.0007);
        INTENSITY.put("ammonia_emissions", 0.00007);
        INTENSITY.put("so2_emissions", 0.001);
        INTENSITY.put("nox_emissions", 0.0015);
    }

    private BenchData() {
    }

    /** Statistic → year → value for one park. */
    static Map<String, Map<Integer, BigDecimal>> park(long seed) {
        Random random = new Random(seed);
        double valueAdded = 200_000 + random.nextDouble() * 3_000_000;
        double growth = -0.03 + random.nextDouble() * 0.15;
        Map<String, Map<Integer, BigDecimal>> values = new LinkedHashMap<>();
        Map<String, Double> trend = new LinkedHashMap<>();
        INTENSITY.keySet().forEach(k -> trend.put(k, -0.05 + random.nextDouble() * 0.08));
        for (int year = FIRST_STATISTICS_YEAR; year <= LAST_YEAR; year++) {
            int t = year - FIRST_STATISTICS_YEAR;
            double va = valueAdded * Math.pow(1 + growth, t);
            values.computeIfAbsent("industrial_value_added", k -> new LinkedHashMap<>()).put(year, round(va));
            for (Map.Entry<String, Double> e : INTENSITY.entrySet()) {
                double v = va * e.getValue() * Math.pow(1 + trend.get(e.getKey()), t);
                values.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(year, round(v));
            }
        }
        return values;
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
