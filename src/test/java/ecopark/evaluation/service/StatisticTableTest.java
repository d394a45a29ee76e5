package ecopark.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatisticTableTest {

    @Test
    void a_value_is_found_by_statistic_and_year_and_a_later_one_replaces_it() {
        StatisticTable table = StatisticTable.builder()
                .put("energy_consumption", 2016, new BigDecimal("10"))
                .put("energy_consumption", 2019, new BigDecimal("12"))
                .put("industrial_value_added", 2019, new BigDecimal("100"))
                .put("industrial_value_added", 2019, new BigDecimal("101"))
                .build();

        assertThat(table.get("energy_consumption", 2016)).isEqualByComparingTo("10");
        assertThat(table.get("energy_consumption", 2019)).isEqualByComparingTo("12");
        assertThat(table.value("industrial_value_added", 2019)).contains(new BigDecimal("101"));
    }

    @Test
    void years_and_statistics_without_a_value_are_absent() {
        StatisticTable table = StatisticTable.builder().put("energy_consumption", 2016, BigDecimal.ONE)
                .put("energy_consumption", 2019, BigDecimal.TEN).build();

        assertThat(table.get("energy_consumption", 2017)).isNull();
        assertThat(table.get("energy_consumption", 2015)).isNull();
        assertThat(table.get("energy_consumption", 2020)).isNull();
        assertThat(table.value("fresh_water", 2016)).isEmpty();
        assertThat(StatisticTable.builder().build().isEmpty()).isTrue();
    }
}
