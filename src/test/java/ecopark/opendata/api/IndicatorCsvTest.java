package ecopark.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and the way values are written. */
class IndicatorCsvTest {

    @Test
    void a_field_with_a_comma_quote_or_line_break_is_quoted_its_quotes_doubled() {
        assertThat(IndicatorCsv.quoted("≥15")).isEqualTo("≥15");
        assertThat(IndicatorCsv.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(IndicatorCsv.quoted("说\"明\"")).isEqualTo("\"说\"\"明\"\"\"");
        assertThat(IndicatorCsv.quoted("两\r\n行")).isEqualTo("\"两\r\n行\"");
        assertThat(IndicatorCsv.quoted("")).isEqualTo("");
    }

    @Test
    void numbers_are_exact_without_exponent_and_nothing_is_an_empty_field() {
        assertThat(IndicatorCsv.text(new BigDecimal("1E+7"))).isEqualTo("10000000");
        assertThat(IndicatorCsv.text(new BigDecimal("0.000012"))).isEqualTo("0.000012");
        assertThat(IndicatorCsv.text(null)).isEmpty();
        assertThat(IndicatorCsv.text(Boolean.FALSE)).isEqualTo("false");
    }
}
