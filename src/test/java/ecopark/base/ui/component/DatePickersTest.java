package ecopark.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates typed the way Chinese forms write them are read; anything else is no date. */
class DatePickersTest {

    private static final LocalDate END_OF_MARCH = LocalDate.of(2027, 3, 31);

    @Test
    void a_date_typed_as_forms_write_it_is_read() {
        assertThat(DatePickers.parse("2027-03-31")).isEqualTo(END_OF_MARCH);
        assertThat(DatePickers.parse("2027-3-31")).isEqualTo(END_OF_MARCH);
        assertThat(DatePickers.parse("2027/3/31")).isEqualTo(END_OF_MARCH);
        assertThat(DatePickers.parse("2027.03.31")).isEqualTo(END_OF_MARCH);
        assertThat(DatePickers.parse("20270331")).isEqualTo(END_OF_MARCH);
        assertThat(DatePickers.parse(" 2027年3月31日 ")).isEqualTo(END_OF_MARCH);
        assertThat(DatePickers.parse("２０２７－０３－３１")).isEqualTo(END_OF_MARCH);
    }

    @Test
    void a_text_that_is_no_date_is_not_read_as_one() {
        assertThat(DatePickers.parse("31/03/2027")).isNull();
        assertThat(DatePickers.parse("2027-02-30")).isNull();
        assertThat(DatePickers.parse("2027-13-01")).isNull();
        assertThat(DatePickers.parse("明年三月")).isNull();
        assertThat(DatePickers.parse("")).isNull();
        assertThat(DatePickers.parse(null)).isNull();
    }
}
