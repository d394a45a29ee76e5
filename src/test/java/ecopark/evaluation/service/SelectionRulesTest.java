package ecopark.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import ecopark.security.SystemActor;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Selection rules as catalogue data: the minimum of optional indicators, groups, and last year's selection. */
@ApplicationTest
@Transactional
class SelectionRulesTest {

    static final Set<String> CHANGCHUN = Set.of("2", "6", "8", "11", "14", "27", "28");

    @Autowired IndicatorSheetService sheets;
    @Autowired ReportService reports;
    @Autowired CatalogueService catalogues;
    @Autowired CatalogueAdminService catalogueAdmin;

    private ReportListItem changchun2019() {
        return reports.findVisible(Pageable.unpaged()).stream().filter(r -> r.year() == 2019).findFirst()
                .orElseThrow();
    }

    private static String key(Throwable e) {
        return ((BusinessRuleException) e).messageKey();
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_new_report_starts_with_last_years_selection_and_the_active_standard() {
        AnnualReport report = reports.create(changchun2019().parkId(), 2020);

        SheetView sheet = sheets.sheet(report.getId());

        assertThat(sheet.standardCode()).isEqualTo("HJ 274-2015");
        assertThat(sheet.previousSelection()).isEqualTo(CHANGCHUN);
        assertThat(sheet.entries().stream().filter(SheetView.Entry::selected).count()).isEqualTo(24);
    }

    @Test
    @WithUserDetails("cc_staff")
    void fewer_optional_indicators_than_the_version_requires_are_refused() {
        long report = changchun2019().id();

        assertThatThrownBy(() -> sheets.select(report, Set.of("2", "6", "8", "11", "14"), null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("evaluation.check.tooFewOptional"));
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_selection_different_from_last_year_is_refused_without_a_reason_and_accepted_with_one() {
        AnnualReport report = reports.create(changchun2019().parkId(), 2020);
        Set<String> changed = new HashSet<>(CHANGCHUN);
        changed.remove("28");
        changed.add("15");

        assertThatThrownBy(() -> sheets.select(report.getId(), changed, "  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("evaluation.check.selectionChanged"))
                // Last year's codes as a list in the reader's language.
                .satisfies(e -> assertThat(TranslationProvider.translate(Locale.ENGLISH, key(e),
                        ((BusinessRuleException) e).args())).contains(", ").doesNotContain("、"))
                .satisfies(e -> assertThat(TranslationProvider.translate(Locale.SIMPLIFIED_CHINESE, key(e),
                        ((BusinessRuleException) e).args())).contains("、"));

        SheetView sheet = sheets.select(report.getId(), changed, "固废产生量统计口径调整，改选工业用水重复利用率");

        assertThat(sheet.selectionChangeReason()).isEqualTo("固废产生量统计口径调整，改选工业用水重复利用率");
        assertThat(sheets.checkSubmission(report.getId()).reasons()).extracting(Reason::key)
                .doesNotContain("evaluation.check.selectionChanged");
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_change_reason_with_an_invisible_or_direction_changing_character_is_refused_naming_it() {
        AnnualReport report = reports.create(changchun2019().parkId(), 2020);
        Set<String> changed = new HashSet<>(CHANGCHUN);
        changed.remove("28");
        changed.add("15");

        for (String character : java.util.List.of("\u202E", "\u200B")) {
            String named = String.format("U+%04X", (int) character.charAt(0));
            assertThatThrownBy(() -> sheets.select(report.getId(), changed, "统计口径调整" + character + "改选指标 15"))
                    .satisfies(e -> {
                        assertThat(key(e)).isEqualTo("text.error.control");
                        BusinessRuleException refusal = (BusinessRuleException) e;
                        assertThat(ecopark.base.i18n.TranslationProvider.translate(java.util.Locale.ENGLISH,
                                refusal.messageKey(), refusal.args())).contains(named);
                    });
        }
        assertThat(sheets.sheet(report.getId()).selectionChangeReason()).isNull();
        assertThat(sheets.sheet(report.getId()).entries().stream().filter(e -> e.code().equals("15")).findFirst()
                .orElseThrow().selected()).isFalse();
    }

    @Test
    @WithUserDetails("cc_staff")
    void keeping_last_years_selection_needs_no_reason() {
        AnnualReport report = reports.create(changchun2019().parkId(), 2020);

        SheetView sheet = sheets.select(report.getId(), CHANGCHUN, "不需要");

        assertThat(sheet.selectionChangeReason()).isNull();
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_report_without_its_years_statistics_may_not_be_submitted() {
        AnnualReport report = reports.create(changchun2019().parkId(), 2020);

        SubmissionCheck check = sheets.checkSubmission(report.getId());

        assertThat(check.mayBeSubmitted()).isFalse();
        assertThat(check.reasons()).extracting(Reason::key).containsOnly("checks.missingData");
        assertThat(check.reasons()).hasSize(24);
    }

    @Test
    @WithUserDetails("cc_staff")
    void mandatory_indicators_cannot_be_selected_as_optional_ones() {
        long report = changchun2019().id();

        assertThatThrownBy(() -> sheets.select(report, Set.of("2", "6", "8", "11", "14", "27", "10"), null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("evaluation.error.mandatoryNotSelectable"));
    }

    @Test
    @WithUserDetails("cc_staff")
    void a_group_rule_at_least_k_of_n_is_enforced_on_selection_and_submission() {
        // The administrator adds the rule to the catalogue; the park's staff select (administrators only read).
        SystemActor.run(() -> catalogueAdmin.addSelectionGroup(catalogues.active().standardId(), "GROWTH", "增长类",
                "Growth", 2, Set.of("1", "3", "9")));
        long report = changchun2019().id();

        assertThat(sheets.checkSubmission(report).reasons()).extracting(Reason::key)
                .containsExactly("evaluation.check.groupNotMet");
        assertThatThrownBy(() -> sheets.select(report, Set.of("1", "2", "6", "8", "11", "14", "27", "28"), "增加指标 1"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("evaluation.check.groupNotMet"));

        sheets.select(report, Set.of("1", "3", "2", "6", "8", "11", "14", "27", "28"), "增加指标 1 和 3");

        assertThat(sheets.sheet(report).entries().stream().filter(SheetView.Entry::selected).count()).isEqualTo(26);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_raises_the_minimum_and_the_demo_selection_no_longer_suffices() {
        long standard = catalogues.active().standardId();

        catalogueAdmin.setMinimumOptional(standard, 8);

        SubmissionCheck check = sheets.checkSubmission(changchun2019().id());
        assertThat(check.reasons()).containsExactly(Reason.of("evaluation.check.tooFewOptional", 8, 7));
    }

    @Test
    @WithUserDetails("cc_staff")
    void staff_may_not_edit_the_catalogue() {
        long standard = SystemActor.call(() -> catalogues.active().standardId());

        assertThatThrownBy(() -> catalogueAdmin.setMinimumOptional(standard, 2))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
