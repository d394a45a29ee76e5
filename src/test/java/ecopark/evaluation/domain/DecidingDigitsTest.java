package ecopark.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecidingDigitsTest {

    private static String shown(String value, int scale, String threshold) {
        return DecidingDigits.of(new BigDecimal(value), scale, threshold == null ? null : new BigDecimal(threshold))
                .toPlainString();
    }

    @Test
    void a_value_just_below_ten_is_not_shown_as_ten() {
        assertThat(shown("9.999999", 2, "10")).isEqualTo("9.999999");
    }

    @Test
    void a_value_that_rounds_to_the_same_side_keeps_the_display_precision() {
        assertThat(shown("17.6", 2, "15")).isEqualTo("17.60");
        assertThat(shown("0.41234", 3, "0.5")).isEqualTo("0.412");
    }

    @Test
    void only_the_digits_that_decide_are_added() {
        assertThat(shown("9.99612345", 2, "10")).isEqualTo("9.996");
        assertThat(shown("0.50049", 2, "0.5")).isEqualTo("0.5005");
    }

    @Test
    void a_value_equal_to_the_threshold_stays_equal() {
        assertThat(shown("0.55", 1, "0.55")).isEqualTo("0.55");
        assertThat(shown("10.000", 2, "10")).isEqualTo("10.00");
    }

    @Test
    void without_a_threshold_the_value_is_rounded_to_its_precision() {
        assertThat(shown("9.999999", 2, null)).isEqualTo("10.00");
    }

    @Test
    void nothing_to_show_stays_nothing() {
        assertThat(DecidingDigits.of(null, 2, BigDecimal.TEN)).isNull();
    }
}
