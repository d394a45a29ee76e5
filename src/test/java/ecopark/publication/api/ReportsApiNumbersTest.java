package ecopark.publication.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.StatisticsService;
import ecopark.evaluation.service.YearlyValue;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Numbers the JSON API takes for a draft's section 三: JSON numbers and strings both read by the editor's number
 * parser, every value checked against its range, each refusal a 400 naming its field, nothing partly written.
 * Report years 3521–3539 of the Changchun park.
 */
@ApplicationTest
class ReportsApiNumbersTest {

    @Autowired WebApplicationContext context;
    @Autowired ReportFixtures fixtures;
    @Autowired StatisticsService statistics;
    @Autowired IndicatorSheetService sheets;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void scientific_notation_is_refused_as_such_for_json_numbers_and_strings_alike_naming_the_field() throws Exception {
        long report = fixtures.completeReport(3521);

        for (String value : List.of("1e20", "1E10", "\"2.5e3\"")) {
            statisticsPut(report, 3521, "{\"values\": {\"employees\": " + value + "}}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code", is("number.error.exponent")))
                    .andExpect(jsonPath("$.fields[0].field", is("values.employees")))
                    .andExpect(jsonPath("$.message", containsString("values.employees")))
                    .andExpect(jsonPath("$.message", containsString("科学计数法")));
        }
        assertThat(statistic(3521, "employees")).isEqualByComparingTo("120000");
    }

    @Test
    void a_thousands_separator_in_a_string_is_refused_naming_the_field_and_full_width_digits_are_read() throws Exception {
        long report = fixtures.completeReport(3523);

        statisticsPut(report, 3523, "{\"values\": {\"fresh_water\": \"1,000\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("number.error.separator")))
                .andExpect(jsonPath("$.fields[0].field", is("values.fresh_water")));
        indicatorPut(report, "32", "{\"value\": \"１２\"}")
                .andExpect(status().isOk());

        assertThat(entered(report, "32")).isEqualByComparingTo("12");
        assertThat(statistic(3523, "fresh_water")).isEqualByComparingTo("12480000");
    }

    @Test
    void a_body_that_is_not_json_answers_400_naming_where_it_broke() throws Exception {
        long report = fixtures.completeReport(3525);

        statisticsPut(report, 3525, "{\"values\": {\"employees\": 1,000}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("api.error.malformed")))
                // Jackson knows the object it was reading when the text stopped being JSON, and the line and column.
                .andExpect(jsonPath("$.fields[0].field", org.hamcrest.Matchers.startsWith("values")))
                .andExpect(jsonPath("$.message", containsString("不是有效的 JSON")))
                .andExpect(jsonPath("$.message", containsString("第 1 行")));
        indicatorPut(report, "17", "{\"state\": \"maybe\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("api.error.malformed")))
                .andExpect(jsonPath("$.fields[0].field", is("state")));
    }

    @Test
    void values_outside_their_range_are_refused_with_the_range_and_nothing_of_the_request_is_written()
            throws Exception {
        long report = fixtures.completeReport(3527);

        statisticsPut(report, 3527, "{\"values\": {\"energy_consumption\": 1100000, "
                + "\"industrial_output\": 100000000000000000000}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("entry.error.range")))
                .andExpect(jsonPath("$.fields[0].field", is("values.industrial_output")))
                .andExpect(jsonPath("$.message", containsString("0 至 10000000000")));
        indicatorPut(report, "29", "{\"value\": 10000000000}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("entry.error.range")))
                .andExpect(jsonPath("$.fields[0].field", is("value")))
                .andExpect(jsonPath("$.message", containsString("0 至 100")));
        indicatorPut(report, "5", "{\"value\": 6.5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("entry.error.wholeNumber")));

        assertThat(statistic(3527, "energy_consumption")).isEqualByComparingTo("1008000");
        assertThat(statistic(3527, "industrial_output")).isEqualByComparingTo("9020000");
        assertThat(entered(report, "29")).isEqualByComparingTo("17.6");
    }

    @Test
    void accepted_numbers_are_stored_exactly() throws Exception {
        long report = fixtures.completeReport(3529);

        statisticsPut(report, 3529, "{\"values\": {\"industrial_land_area\": 26.123456, "
                + "\"co2_emissions\": \"２５２００００.５\"}}")
                .andExpect(status().isOk());

        assertThat(statistic(3529, "industrial_land_area")).isEqualByComparingTo("26.123456");
        assertThat(statistic(3529, "co2_emissions")).isEqualByComparingTo("2520000.5");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private ResultActions statisticsPut(long report, int year, String body) throws Exception {
        return mvc.perform(put("/api/reports/{id}/statistics/{year}", report, year)
                .with(httpBasic("cc_staff", "Ecopark#2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions indicatorPut(long report, String code, String body) throws Exception {
        return mvc.perform(put("/api/reports/{id}/indicators/{code}", report, code)
                .with(httpBasic("cc_staff", "Ecopark#2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private BigDecimal statistic(int year, String key) {
        SignedInUser staff = fixtures.changchunStaff();
        List<YearlyValue> values = SystemActor.callAs(staff, () -> statistics.values(staff.parkId(), year, year));
        return values.stream().filter(v -> v.statistic().equals(key)).findFirst().orElseThrow().value();
    }

    private BigDecimal entered(long report, String code) {
        return SystemActor.callAs(fixtures.changchunStaff(), () -> sheets.sheet(report)).entries().stream()
                .filter(e -> e.code().equals(code)).findFirst().orElseThrow().enteredValue();
    }
}
