package ecopark.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.desk.AttainmentFixtures;
import ecopark.desk.service.ProvinceAttainmentRow.CategoryRate;
import ecopark.desk.service.ProvinceAttainmentRow.MissedIndicator;
import ecopark.opendata.service.IndicatorRecord;
import ecopark.opendata.service.OpenIndicators;
import ecopark.park.domain.ParkRepository;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.publication.domain.Publication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The provinces' attainment as the national desk reads it (years 4541–4569): two parks under 吉林省生态环境厅 (through
 * 长春市生态环境局) and Tianjin's park under 天津市生态环境局; Changchun's first form of the year was superseded by a
 * correction and does not count. The expected figures are counted here from each current form's own rows.
 */
@ApplicationTest
class ProvinceAttainmentTest {

    @Autowired ProvinceAttainment attainment;
    @Autowired AttainmentFixtures fixtures;
    @Autowired OpenIndicators indicators;
    @Autowired ActingUsers acting;
    @Autowired JurisdictionHierarchy hierarchy;
    @Autowired ParkRepository parks;

    @Test
    void each_province_gets_the_rates_of_its_parks_current_forms_overall_and_per_category() {
        AttainmentFixtures.Forms forms = fixtures.forms();

        List<ProvinceAttainmentRow> rows = acting.as("nat_manager", () -> attainment.rows(AttainmentFixtures.YEAR));

        ProvinceAttainmentRow jilin = row(rows, "吉林省生态环境厅");
        ProvinceAttainmentRow tianjin = row(rows, "天津市生态环境局");
        assertThat(jilin.region()).isEqualTo("吉林省");
        assertThat(tianjin.region()).isEqualTo("天津市");
        assertThat(jilin.parksPublished()).isEqualTo(2);
        assertThat(tianjin.parksPublished()).isEqualTo(1);
        assertThat(jilin.parksTotal()).isEqualTo((int) parksUnder(jilin.provinceId()));
        assertThat(tianjin.parksTotal()).isEqualTo((int) parksUnder(tianjin.provinceId()));
        expectFigures(jilin, forms.jilin());
        expectFigures(tianjin, List.of(forms.tianjin()));
        assertThat(jilin.categories()).extracting(CategoryRate::categoryZh).contains("经济发展", "资源节约");
        assertThat(jilin.categories()).allSatisfy(c -> assertThat(c.categoryEn()).isNotBlank());
        // The provinces without a form of the year are there too (their parks count), after those with a rate
        assertThat(rows).extracting(ProvinceAttainmentRow::provinceName).contains("江苏省生态环境厅");
        assertThat(row(rows, "江苏省生态环境厅").parksPublished()).isZero();
        assertThat(row(rows, "江苏省生态环境厅").rate()).isNull();
        assertThat(rows.indexOf(row(rows, "江苏省生态环境厅"))).isGreaterThan(rows.indexOf(jilin))
                .isGreaterThan(rows.indexOf(tianjin));
        assertThat(rows).filteredOn(r -> r.rate() != null).extracting(ProvinceAttainmentRow::rate)
                .isSortedAccordingTo(Comparator.reverseOrder());
        // The national office's administrators read the same
        assertThat(acting.as("admin", () -> attainment.rows(AttainmentFixtures.YEAR))).isEqualTo(rows);
    }

    @Test
    void the_superseded_form_does_not_count() {
        AttainmentFixtures.Forms forms = fixtures.forms();
        assertThat(forms.changchunSuperseded().getSupersededBy()).isEqualTo(forms.changchun().getId());

        ProvinceAttainmentRow jilin = row(acting.as("nat_manager", () -> attainment.rows(AttainmentFixtures.YEAR)),
                "吉林省生态环境厅");

        int currentAssessed = forms.jilin().stream().mapToInt(p -> assessed(rows(p)).size()).sum();
        int supersededAssessed = assessed(rows(forms.changchunSuperseded())).size();
        assertThat(supersededAssessed).isPositive();
        assertThat(jilin.assessed()).isEqualTo(currentAssessed);
        assertThat(jilin.parksPublished()).isEqualTo(2);
    }

    @Test
    void the_indicators_most_often_missed_are_counted_per_park_most_first() {
        AttainmentFixtures.Forms forms = fixtures.forms();

        ProvinceAttainmentRow jilin = row(acting.as("nat_manager", () -> attainment.rows(AttainmentFixtures.YEAR)),
                "吉林省生态环境厅");

        // Counted from the forms: per code, how many of the province's parks did not meet it, in the standard's order
        Map<String, Integer> missed = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Publication form : forms.jilin()) {
            for (IndicatorRecord r : rows(form)) {
                if (Boolean.FALSE.equals(r.met())) {
                    missed.merge(r.code(), 1, Integer::sum);
                    names.put(r.code(), r.nameZh());
                }
            }
        }
        assertThat(missed).as("the fixture's forms miss some indicators").isNotEmpty();
        List<String> order = new ArrayList<>(missed.keySet());
        List<String> expected = missed.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> order.indexOf(e.getKey())))
                .limit(ProvinceAttainment.MOST_MISSED).map(Map.Entry::getKey).toList();
        assertThat(jilin.mostMissed()).extracting(MissedIndicator::code).containsExactlyElementsOf(expected);
        assertThat(jilin.mostMissed()).allSatisfy(m -> {
            assertThat(m.parks()).isEqualTo(missed.get(m.code()));
            assertThat(m.nameZh()).isEqualTo(names.get(m.code()));
            assertThat(m.nameEn()).isNotBlank();
        });
        assertThat(jilin.mostMissed()).extracting(MissedIndicator::parks)
                .isSortedAccordingTo(Comparator.reverseOrder());
        // Both Jilin parks share the fixture's section 三: what both miss counts two parks
        assertThat(jilin.mostMissed().get(0).parks()).isEqualTo(2);
        assertThat(jilin.mostMissed()).hasSizeLessThanOrEqualTo(ProvinceAttainment.MOST_MISSED);
    }

    @Test
    void a_province_manager_reads_its_own_row_only_and_nobody_below_reads_any() {
        fixtures.forms();

        assertThat(acting.as("jl_manager", () -> attainment.rows(AttainmentFixtures.YEAR)))
                .extracting(ProvinceAttainmentRow::provinceName).containsExactly("吉林省生态环境厅");
        assertThat(acting.as("sz_manager", () -> attainment.rows(AttainmentFixtures.YEAR)))
                .extracting(ProvinceAttainmentRow::provinceName).containsExactly("江苏省生态环境厅");
        assertThat(acting.as("jl_manager", () -> attainment.mayRead())).isTrue();

        for (String user : List.of("cc_manager", "cc_staff", "tj_reviewer", "jl_reviewer1")) {
            assertThat(acting.as(user, () -> attainment.mayRead())).as(user).isFalse();
            assertThatThrownBy(() -> acting.as(user, () -> attainment.rows(AttainmentFixtures.YEAR))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(user, () -> attainment.years())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_year_without_forms_has_rows_without_rates_and_the_years_are_those_published_newest_first() {
        fixtures.forms();

        List<ProvinceAttainmentRow> rows = acting.as("nat_manager",
                () -> attainment.rows(AttainmentFixtures.EMPTY_YEAR));
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.parksPublished()).isZero();
            assertThat(r.rate()).isNull();
            assertThat(r.categories()).isEmpty();
            assertThat(r.mostMissed()).isEmpty();
        });
        List<Integer> years = acting.as("nat_manager", () -> attainment.years());
        assertThat(years).contains(AttainmentFixtures.YEAR).doesNotContain(AttainmentFixtures.EMPTY_YEAR)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    // ---- expectations counted from the forms' rows

    private void expectFigures(ProvinceAttainmentRow row, List<Publication> forms) {
        List<IndicatorRecord> all = forms.stream().flatMap(p -> rows(p).stream()).toList();
        List<IndicatorRecord> assessed = assessed(all);
        int met = (int) assessed.stream().filter(r -> r.met()).count();
        assertThat(row.assessed()).isEqualTo(assessed.size());
        assertThat(row.met()).isEqualTo(met);
        assertThat(row.rate()).isEqualTo(percent(met, assessed.size()));
        Map<String, int[]> categories = new LinkedHashMap<>();
        for (IndicatorRecord r : assessed) {
            int[] c = categories.computeIfAbsent(r.categoryZh(), k -> new int[2]);
            c[0]++;
            c[1] += r.met() ? 1 : 0;
        }
        assertThat(row.categories()).extracting(CategoryRate::categoryZh)
                .containsExactlyElementsOf(categories.keySet());
        for (CategoryRate c : row.categories()) {
            int[] expected = categories.get(c.categoryZh());
            assertThat(c.assessed()).as(c.categoryZh()).isEqualTo(expected[0]);
            assertThat(c.met()).as(c.categoryZh()).isEqualTo(expected[1]);
            assertThat(c.rate()).as(c.categoryZh()).isEqualTo(percent(expected[1], expected[0]));
        }
    }

    private List<IndicatorRecord> rows(Publication form) {
        return indicators.form(form.getId()).rows();
    }

    private static List<IndicatorRecord> assessed(List<IndicatorRecord> rows) {
        return rows.stream().filter(r -> r.met() != null).toList();
    }

    private static BigDecimal percent(int met, int assessed) {
        return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(assessed), 1, RoundingMode.HALF_UP);
    }

    private long parksUnder(long provinceId) {
        return parks.findAll().stream().filter(p -> hierarchy.provinceOfPark(p.getId())
                .map(n -> Objects.equals(n.id(), provinceId)).orElse(false)).count();
    }

    private static ProvinceAttainmentRow row(List<ProvinceAttainmentRow> rows, String name) {
        return rows.stream().filter(r -> r.provinceName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + rows));
    }
}
