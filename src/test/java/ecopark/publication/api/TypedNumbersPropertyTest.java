package ecopark.publication.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.NumberInput;
import ecopark.evaluation.domain.ValueRange;
import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.StatisticSpec;
import ecopark.evaluation.service.StatisticsService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Generated inputs (random text, full-width digits, separators, exponents, huge and tiny numbers, blanks, units, values
 * at and beyond the catalogue ranges) — ten thousand through the services, and a further three thousand through the
 * JSON API (each request there costs about 10 ms of the whole web and security stack and answers the evaluation, so
 * ten thousand would take two minutes): never an
 * unexpected error (a 500), never a partial write (after every refusal the stored values are what they were), every
 * refusal naming its field, and every accepted number stored exactly. The oracle is the catalogue's range data read
 * independently of the constraint. jqwik generates the inputs; the Spring context is started once for the class.
 * Report years 3541 and 3543 of the Changchun park.
 */
@ApplicationTest
class TypedNumbersPropertyTest {

    private static final int INPUTS = 10_000;
    private static final int API_INPUTS = 3_000;
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired WebApplicationContext context;
    @Autowired ReportFixtures fixtures;
    @Autowired StatisticsService statistics;
    @Autowired IndicatorSheetService sheets;

    private MockMvc mvc;
    private SignedInUser staff;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        staff = fixtures.changchunStaff();
    }

    @Test
    @WithUserDetails("cc_staff")
    void typed_numbers_through_the_services_are_stored_exactly_or_refused_naming_their_field_with_nothing_written() {
        int year = 3541;
        long report = fixtures.completeReport(year);
        Catalogue catalogue = as(() -> sheets.catalogueOf(report));
        List<StatisticSpec> stats = statisticsOf(catalogue);
        List<IndicatorSpec> entered = enteredOf(catalogue);
        Map<String, BigDecimal> storedStatistics = as(() -> storedStatistics(year));
        Map<String, BigDecimal> storedEntries = as(() -> storedEntries(report));
        int accepted = 0;
        int refused = 0;

        List<String> inputs = typed().sampleStream().limit(INPUTS).toList();
        for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get(i);
            NumberInput.Parsed parsed = NumberInput.parse(text);
            if (!parsed.isValid()) {
                // The form shows the parser's reason beside the field; the services are never asked.
                assertThat(parsed.errorKey()).as(text).startsWith("number.error.");
                refused++;
                continue;
            }
            if (i % 2 == 0) {
                if (parsed.isBlank()) {
                    continue;
                }
                StatisticSpec statistic = stats.get(i % stats.size());
                StatisticSpec other = stats.get((i + 1) % stats.size());
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                // A valid value written first: a refusal of the second must take it back as well.
                values.put(other.key(), BigDecimal.valueOf(i + 1));
                values.put(statistic.key(), parsed.value());
                Throwable thrown = attempt(() -> statistics.record(staff.parkId(), year, values));
                if (plausible(statistic.range(), parsed.value())) {
                    assertThat(thrown).as("%s for %s", text, statistic.key()).isNull();
                    storedStatistics.putAll(values);
                    accepted++;
                } else {
                    assertRefusalNames(thrown, statistic.name(), text);
                    assertThat(as(() -> storedStatistics(year))).as("after refusing %s", text)
                            .isEqualTo(normalised(storedStatistics));
                    refused++;
                }
            } else {
                IndicatorSpec indicator = entered.get(i % entered.size());
                Throwable thrown = attempt(() -> sheets.enterValue(report, indicator.code(), parsed.value()));
                if (parsed.isBlank() || plausible(indicator.range(), parsed.value())) {
                    assertThat(thrown).as("%s for %s", text, indicator.code()).isNull();
                    storedEntries.put(indicator.code(), parsed.value());
                    accepted++;
                } else {
                    assertRefusalNames(thrown, indicator.name(), text);
                    refused++;
                }
                if (thrown != null || i % 50 == 1) {
                    assertThat(as(() -> storedEntries(report))).as("after %s", text).isEqualTo(normalised(storedEntries));
                }
            }
        }
        assertThat(as(() -> storedStatistics(year))).isEqualTo(normalised(storedStatistics));
        assertThat(as(() -> storedEntries(report))).isEqualTo(normalised(storedEntries));
        assertThat(accepted).as("accepted").isGreaterThan(INPUTS / 10);
        assertThat(refused).as("refused").isGreaterThan(INPUTS / 10);
    }

    @Test
    void typed_numbers_through_the_api_are_stored_exactly_or_refused_with_a_400_naming_their_field() throws Exception {
        int year = 3543;
        long report = fixtures.completeReport(year);
        Catalogue catalogue = as(() -> sheets.catalogueOf(report));
        List<StatisticSpec> stats = statisticsOf(catalogue);
        List<IndicatorSpec> entered = enteredOf(catalogue);
        Map<String, BigDecimal> storedStatistics = as(() -> storedStatistics(year));
        Map<String, BigDecimal> storedEntries = as(() -> storedEntries(report));
        // One real HTTP Basic sign-in; the ten thousand requests then carry the same account without paying BCrypt's
        // deliberate slowness each time.
        assertThat(send(put("/api/reports/{id}/indicators/32", report), "{\"value\": 4}", httpBasic("cc_staff",
                "Ecopark#2026")).getResponse().getStatus()).isEqualTo(200);
        RequestPostProcessor signedIn = user(staff);

        List<String> inputs = typed().sampleStream().limit(API_INPUTS).toList();
        for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get(i);
            boolean raw = i % 3 == 0 && !text.isEmpty() && !text.contains("\"") && !text.contains("}")
                    && !text.contains(",\"") && !text.contains("{");
            String token = raw ? text : JSON.writeValueAsString(text);
            // JSON allows blanks (space, tab, line breaks) around a number, and only those.
            boolean validJson = !raw || JSON_NUMBER.matcher(text.replaceAll("^[ \\t\\n\\r]+|[ \\t\\n\\r]+$", ""))
                    .matches();
            NumberInput.Parsed parsed = NumberInput.parse(text);
            MvcResult result;
            String field;
            boolean shouldStore;
            Runnable remember;
            if (i % 2 == 0) {
                StatisticSpec statistic = stats.get(i % stats.size());
                StatisticSpec other = stats.get((i + 1) % stats.size());
                BigDecimal good = BigDecimal.valueOf(i + 1);
                field = "values." + statistic.key();
                result = send(put("/api/reports/{id}/statistics/{year}", report, year),
                        "{\"values\": {\"" + other.key() + "\": " + good + ", \"" + statistic.key() + "\": " + token
                                + "}}", signedIn);
                shouldStore = validJson && parsed.isValid() && !parsed.isBlank()
                        && plausible(statistic.range(), parsed.value());
                remember = () -> {
                    storedStatistics.put(other.key(), good);
                    storedStatistics.put(statistic.key(), parsed.value());
                };
                if (validJson && parsed.isBlank() && result.getResponse().getStatus() == 200) {
                    // No value for a statistic: refused, or (where clearing is allowed) a cleared statistic.
                    storedStatistics.clear();
                    storedStatistics.putAll(as(() -> storedStatistics(year)));
                    continue;
                }
            } else {
                IndicatorSpec indicator = entered.get(i % entered.size());
                field = "value";
                result = send(put("/api/reports/{id}/indicators/{code}", report, indicator.code()),
                        "{\"value\": " + token + "}", signedIn);
                shouldStore = validJson && parsed.isValid()
                        && (parsed.isBlank() || plausible(indicator.range(), parsed.value()));
                remember = () -> storedEntries.put(indicator.code(), parsed.value());
            }
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString();
            String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            if (shouldStore) {
                assertThat(status).as("%s → %s", token, shown).isEqualTo(200);
                remember.run();
            } else {
                assertThat(status).as("%s → %s", token, shown).isEqualTo(400);
                assertApiRefusalNames(body, field, token, validJson && parsed.isBlank());
            }
            if (status != 200 || i % 50 == 0) {
                assertThat(as(() -> storedStatistics(year))).as("after %s", token).isEqualTo(normalised(storedStatistics));
                assertThat(as(() -> storedEntries(report))).as("after %s", token).isEqualTo(normalised(storedEntries));
            }
        }
        assertThat(as(() -> storedStatistics(year))).isEqualTo(normalised(storedStatistics));
        assertThat(as(() -> storedEntries(report))).isEqualTo(normalised(storedEntries));
    }

    // --- generated input ---------------------------------------------------------------------------------------

    /** What people (and integrations) type into a number field, good and bad. */
    static Arbitrary<String> typed() {
        Arbitrary<Integer> scales = Arbitraries.integers().between(0, 8);
        Arbitrary<String> inRange = scales.flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("20000")).ofScale(scale)).map(BigDecimal::toPlainString);
        Arbitrary<String> anyMagnitude = scales.flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-1e13"), new BigDecimal("1e13")).ofScale(scale))
                .map(BigDecimal::toPlainString);
        Arbitrary<String> huge = Arbitraries.strings().withCharRange('0', '9').ofMinLength(12).ofMaxLength(34)
                .map(s -> "9" + s);
        Arbitrary<String> tiny = Arbitraries.integers().between(0, 12)
                .flatMap(zeros -> Arbitraries.integers().between(1, 9).map(d -> "0." + "0".repeat(zeros) + d));
        Arbitrary<String> fullWidth = inRange.map(TypedNumbersPropertyTest::fullWidth);
        Arbitrary<String> separated = Arbitraries.longs().between(1000, 10_000_000_000L)
                .flatMap(n -> Arbitraries.of(",", "，", "'", "_", " ").map(sep -> String.format("%,d", n)
                        .replace(",", sep)));
        Arbitrary<String> exponents = Arbitraries.integers().between(1, 99).flatMap(m -> Arbitraries.integers()
                .between(-30, 30).flatMap(e -> Arbitraries.of("e", "E", "e+", "E-").map(x -> m + x + Math.abs(e))));
        Arbitrary<String> units = inRange.flatMap(n -> Arbitraries.of("万元", " 万元", "%", "％", "吨", "kg", "人", "m³",
                "¥").map(u -> u.equals("¥") ? u + n : n + u));
        Arbitrary<String> blanks = Arbitraries.of("", " ", "\u3000", "\t", " \u00a0 ", "\n");
        Arbitrary<String> padded = inRange.flatMap(n -> Arbitraries.of(" ", "\u3000", "\t").map(b -> b + n + b));
        Arbitrary<String> edges = Arbitraries.of("0", "-0", "100", "100.000001", "100.0000001", "-0.000001",
                "10000000000", "10000000000.000001", "100000000", "100000001", "99.9999995", "0.0000001", "１２",
                "－５", "１２．５", "5.", ".5", "1.2.3", "1e20", "1E10", "1,000", "+5", "01", "NaN", "Infinity",
                "0x1F", "--1", "1e", "１,０００", "1 000", "12。5", "1000000000000000000", "999999999999999999.999999");
        Arbitrary<String> random = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(12);
        Arbitrary<String> numberish = Arbitraries.strings().withChars("0123456789０１２３４５６７８９.．-－−,eE+ %万'")
                .ofMaxLength(14);
        return Arbitraries.frequencyOf(Tuple.of(20, inRange), Tuple.of(8, anyMagnitude), Tuple.of(6, huge),
                Tuple.of(4, tiny), Tuple.of(8, fullWidth), Tuple.of(6, separated), Tuple.of(6, exponents),
                Tuple.of(6, units), Tuple.of(4, blanks), Tuple.of(4, padded), Tuple.of(8, edges),
                Tuple.of(10, random), Tuple.of(10, numberish));
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    // --- oracle and checks -------------------------------------------------------------------------------------

    /** The catalogue's range read directly: what the constraint must accept, and nothing else. */
    private static boolean plausible(ValueRange range, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 6 && (!range.wholeNumber() || plain.scale() <= 0)
                && (range.min() == null || value.compareTo(range.min()) >= 0)
                && (range.max() == null || value.compareTo(range.max()) <= 0)
                && value.abs().compareTo(ValueRange.STORAGE_LIMIT) < 0;
    }

    private static void assertRefusalNames(Throwable thrown, Object name, String text) {
        if (!(thrown instanceof BusinessRuleException refusal)) {
            fail("%s: expected a refusal, got %s", text, thrown);
            return;
        }
        assertThat(refusal.messageKey()).as(text).startsWith("entry.error.");
        assertThat(refusal.args()).as(text).isNotEmpty();
        assertThat(refusal.args()[0]).as(text).isEqualTo(name);
    }

    private static void assertApiRefusalNames(String body, String field, String token, boolean blank)
            throws Exception {
        JsonNode error = JSON.readTree(body);
        assertThat(error.path("status").asInt()).as(body).isEqualTo(400);
        assertThat(error.path("message").asText()).as(body).isNotBlank();
        if (blank && field.startsWith("values.")) {
            // No value at all for a statistic: the service's refusal names the statistic in its message.
            assertThat(error.path("code").asText()).as(body).isEqualTo("entry.error.missing");
            return;
        }
        String named = error.path("fields").path(0).path("field").asText();
        assertThat(named).as("%s → %s", token, body).isNotEmpty();
        assertThat(field).as("%s → %s", token, body).startsWith(named);
    }

    private MvcResult send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body, RequestPostProcessor signIn) throws Exception {
        return mvc.perform(request.with(signIn).contentType(MediaType.APPLICATION_JSON)
                .characterEncoding("UTF-8").content(body)).andReturn();
    }

    private static Throwable attempt(Runnable action) {
        try {
            action.run();
            return null;
        } catch (BusinessRuleException e) {
            return e;
        }
    }

    private <T> T as(Supplier<T> work) {
        return SystemActor.callAs(staff, work);
    }

    private Map<String, BigDecimal> storedStatistics(int year) {
        Map<String, BigDecimal> stored = new HashMap<>();
        statistics.values(staff.parkId(), year, year).forEach(v -> stored.put(v.statistic(), v.value()));
        return normalised(stored);
    }

    private Map<String, BigDecimal> storedEntries(long report) {
        Map<String, BigDecimal> stored = new HashMap<>();
        sheets.sheet(report).entries().forEach(e -> stored.put(e.code(), e.enteredValue()));
        return normalised(stored);
    }

    private static List<StatisticSpec> statisticsOf(Catalogue catalogue) {
        return catalogue.statistics().values().stream().sorted(Comparator.comparing(StatisticSpec::key)).toList();
    }

    private static List<IndicatorSpec> enteredOf(Catalogue catalogue) {
        return catalogue.indicators().stream().filter(i -> !i.isComputed() && !i.ruleKind().isState()).toList();
    }

    /** Stored decimals carry six places; compare values, not scales. */
    private static Map<String, BigDecimal> normalised(Map<String, BigDecimal> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null).collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stripTrailingZeros(), (a, b) -> a, HashMap::new));
    }
}
