package ecopark.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12|12", "１２|12", "－３．５|-3.5", "−7|-7", "0.000001|0.000001", "'  42\u3000'|42", "1.50|1.50"})
    void reads_ascii_and_full_width_numbers_exactly(String typed, String expected) {
        NumberInput.Parsed parsed = NumberInput.parse(typed);
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,000|number.error.separator", "1，000|number.error.separator", "1e10|number.error.exponent",
            "2.5E-3|number.error.exponent", "12%|number.error.unit", "15 万元|number.error.space",
            "1 000|number.error.space", "1.2.3|number.error.points", "3。5|number.error.fullStop",
            "5.|number.error.general", ".5|number.error.general", "--5|number.error.general",
            "+5|number.error.general", "abc|number.error.unit",
            "1234567890123456789012345678901|number.error.tooLong"})
    void refuses_what_is_not_plainly_a_number_and_says_why(String typed, String key) {
        NumberInput.Parsed parsed = NumberInput.parse(typed);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.value()).isNull();
        assertThat(parsed.errorKey()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "'\u3000'"})
    void a_blank_text_is_no_value(String typed) {
        assertThat(NumberInput.parse(typed).isBlank()).isTrue();
    }
}
