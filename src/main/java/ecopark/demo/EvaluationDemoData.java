package ecopark.demo;

import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.StatisticsService;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Section 三 of the seed's 2019 Changchun report. The published form gives only results (17 mandatory indicators and
 * the optional 2, 6, 8, 11, 14, 27 and 28 assessed, every one met), not the statistics behind them, so these are
 * plausible figures, consistent with the narrative (规上工业总产值 902 亿元 in 2019, up 1.5%), from the base year 2016
 * of the construction plan to 2019. The evaluator computes the table from them; no result is stored.
 */
@Component
@ConditionalOnProperty(name = "ecopark.demo-data", havingValue = "true")
class EvaluationDemoData {

    static final int YEAR = 2019;
    /** The optional indicators the seed form marks 是. */
    static final Set<String> SELECTED = Set.of("2", "6", "8", "11", "14", "27", "28");

    private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

    /** Statistic → values for 2016, 2017, 2018, 2019 (units of the catalogue: 万元, 人, 平方公里, 吨标煤, 立方米, 吨). */
    private static final Map<String, String[]> STATISTICS = new LinkedHashMap<>();

    static {
        // 规上工业总产值 902 亿元 in 2019, up 1.5% on 2018 (seed narrative); value added about a quarter of it.
        STATISTICS.put("industrial_output", new String[] {"8450000", "8780000", "8887000", "9020000"});
        STATISTICS.put("industrial_value_added", new String[] {"2150000", "2260000", "2350000", "2400000"});
        STATISTICS.put("employees", new String[] {"118000", "119500", "121000", "120000"});
        STATISTICS.put("industrial_land_area", new String[] {"24.5", "25.0", "25.6", "26.0"});
        STATISTICS.put("energy_consumption", new String[] {"985000", "998000", "1003000", "1008000"});
        STATISTICS.put("fresh_water", new String[] {"12150000", "12290000", "12410000", "12480000"});
        STATISTICS.put("wastewater_discharged", new String[] {"9620000", "9710000", "9790000", "9840000"});
        STATISTICS.put("solid_waste_generated", new String[] {"199000", "201500", "203000", "204000"});
        STATISTICS.put("solid_waste_utilised", new String[] {"175100", "179300", "184700", "187680"});
        STATISTICS.put("co2_emissions", new String[] {"2580000", "2565000", "2548000", "2520000"});
        // Main pollutants fell while value added grew (蓝天/碧水保卫战 in the narrative).
        STATISTICS.put("cod_emissions", new String[] {"1620", "1575", "1530", "1480"});
        STATISTICS.put("ammonia_emissions", new String[] {"152", "148", "143", "138"});
        STATISTICS.put("so2_emissions", new String[] {"2350", "2210", "2080", "1960"});
        STATISTICS.put("nox_emissions", new String[] {"3420", "3330", "3240", "3150"});
    }

    /** Indicators entered per report (counts and percentages). */
    private static final Map<String, String> ENTERED_VALUES = Map.of(
            "5", "8", "19", "0", "20", "100", "21", "100", "23", "100", "24", "100", "29", "17.6", "30", "100",
            "31", "100", "32", "4");
    /** Yes/no states: 17 达标, 18 全部完成, 22 具备 (兴隆山污水处理厂). */
    private static final Set<String> STATES_MET = Set.of("17", "18", "22");

    private final ReportService reports;
    private final StatisticsService statistics;
    private final IndicatorSheetService sheets;
    private final UserDetailsService accounts;

    EvaluationDemoData(ReportService reports, StatisticsService statistics, IndicatorSheetService sheets,
            UserDetailsService accounts) {
        this.reports = reports;
        this.statistics = statistics;
        this.sheets = sheets;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void loadOnFirstStart() {
        SignedInUser staff;
        try {
            staff = (SignedInUser) accounts.loadUserByUsername("cc_staff");
        } catch (UsernameNotFoundException e) {
            return;
        }
        SystemActor.callAs(staff, () -> {
            Optional<ReportListItem> report = reports.findVisible(Pageable.unpaged()).stream()
                    .filter(r -> r.year() == YEAR).findFirst();
            if (report.isEmpty() || statistics.hasAny(report.get().parkId())) {
                return null;
            }
            load(report.get());
            log.info("Demo evaluation loaded: statistics 2016–2019 and section 三 of the Changchun 2019 report");
            return null;
        });
    }

    private void load(ReportListItem report) {
        for (int i = 0; i < 4; i++) {
            int year = 2016 + i;
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> statistic : STATISTICS.entrySet()) {
                values.put(statistic.getKey(), new BigDecimal(statistic.getValue()[i]));
            }
            statistics.record(report.parkId(), year, values);
        }
        sheets.select(report.id(), SELECTED, null);
        ENTERED_VALUES.forEach((code, value) -> sheets.enterValue(report.id(), code, new BigDecimal(value)));
        STATES_MET.forEach(code -> sheets.enterState(report.id(), code, true));
    }
}
