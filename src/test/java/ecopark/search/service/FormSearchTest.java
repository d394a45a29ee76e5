package ecopark.search.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.Publication;
import ecopark.publication.service.PublicForms;
import ecopark.publication.service.PublishedForm;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Search across the published forms, as a reader uses it: Chinese words found inside sentences, every word required,
 * the filters, escaped highlights, and an index kept level with the database (a form published here, a form another
 * node wrote, a rebuild). Report years 4301–4309.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormSearchTest {

    static final String SENTENCE = "本年度园区大力推进循环经济发展，建成固废综合利用中心。";

    @Autowired FormSearch search;
    @Autowired FormIndexKeeper keeper;
    @Autowired SearchIndexAdmin admin;
    @Autowired ReportFixtures reports;
    @Autowired PublicationFixtures publications;
    @Autowired ReportService reportService;
    @Autowired ReportWorkflow workflow;
    @Autowired PublicForms forms;
    @Autowired JdbcTemplate jdbc;

    private Publication circular;
    private Publication cleaner;

    @BeforeAll
    void publish() {
        circular = publish(4301, Map.of(NarrativeSection.MAIN_WORK, SENTENCE,
                NarrativeSection.PROBLEMS, "<script>alert(1)</script> 循环经济 & 中水回用 <b>未完成</b>"));
        cleaner = publish(4302, Map.of(NarrativeSection.MAIN_WORK, "园区组织企业建设光伏车棚，节能成效明显。"));
    }

    private Publication publish(int year, Map<NarrativeSection, String> texts) {
        long report = reports.completeReport(year);
        writeNarratives(report, texts);
        publications.submitAndApprove(report);
        return publications.currentPublicationOf(report);
    }

    private void writeNarratives(long report, Map<NarrativeSection, String> texts) {
        publications.as("cc_staff", () -> {
            AnnualReport draft = reportService.get(report);
            return reportService.saveDraft(report, ReportDraft.of(draft).withNarratives(texts));
        });
    }

    private List<FormHit> find(String text, Integer year) {
        return find(new FormQuery(text, year, null, null, null, null, null, null, null));
    }

    private List<FormHit> find(FormQuery query) {
        return search.search(query, PageRequest.of(0, 50)).getContent();
    }

    private static List<Long> ids(List<FormHit> hits) {
        return hits.stream().map(FormHit::publicationId).toList();
    }

    @Test
    void a_chinese_word_inside_a_sentence_is_found_without_spaces_and_marked() {
        List<FormHit> hits = find("循环经济", null);

        assertThat(ids(hits)).contains(circular.getId()).doesNotContain(cleaner.getId());
        FormHit hit = hits.stream().filter(h -> h.publicationId() == circular.getId()).findFirst().orElseThrow();
        assertThat(hit.passages()).extracting(FormHit.Passage::html)
                .anyMatch(html -> html.contains("推进<mark>循环经济</mark>发展"));
        assertThat(hit.passages().get(0).anchor()).isEqualTo("narrative-main-work");
        assertThat(hit.link()).isEqualTo("/public/forms/" + circular.getId() + "#narrative-main-work");
        assertThat(hit.year()).isEqualTo(4301);
        assertThat(hit.parkName()).isEqualTo(circular.getParkName());
        assertThat(hit.current()).isTrue();
        assertThat(ids(find("光伏车棚", 4302))).containsExactly(cleaner.getId());
        // The indicator names are searched in Chinese and English, and link to the indicator table
        PublishedForm.IndicatorRow row = forms.form(circular.getId()).form().rows().get(0);
        for (String name : List.of(row.name().zh(), row.name().en())) {
            List<FormHit> byName = find(name, 4301);
            assertThat(ids(byName)).as(name).containsExactly(circular.getId());
            assertThat(byName.get(0).passages()).extracting(FormHit.Passage::anchor).contains("indicator-table");
        }
    }

    @Test
    void every_word_must_be_found_and_a_word_found_nowhere_finds_nothing() {
        assertThat(ids(find("循环经济 综合利用中心", null))).containsExactly(circular.getId());
        assertThat(ids(find("循环经济 光伏车棚", null))).isEmpty();
        assertThat(ids(find("循环经济 紫罗兰", null))).isEmpty();
        assertThat(ids(find("紫罗兰", null))).isEmpty();
        // The park's name and an indicator name are searched as well as the narratives
        assertThat(ids(find("长春 循环经济", 4301))).containsExactly(circular.getId());
    }

    @Test
    void the_filters_narrow_the_results() {
        String park = circular.getParkName();
        assertThat(ids(find("园区", 4302))).containsExactly(cleaner.getId());
        assertThat(ids(find(new FormQuery("园区", 4301, circular.getProvince(), circular.getJurisdictionId(),
                circular.getParkId(), FormQuery.FormStatus.CURRENT, circular.getParkStatus(), null, null))))
                .containsExactly(circular.getId());
        assertThat(ids(find(new FormQuery("园区", 4301, "海南省", null, null, null, null, null, null)))).isEmpty();
        assertThat(ids(find(new FormQuery("园区", 4301, null, circular.getJurisdictionId() + 1000, null, null, null,
                null, null)))).isEmpty();
        assertThat(ids(find(new FormQuery("园区", 4301, null, null, circular.getParkId() + 1000, null, null, null,
                null)))).isEmpty();
        assertThat(ids(find(new FormQuery("园区", 4301, null, null, null, FormQuery.FormStatus.SUPERSEDED, null,
                null, null)))).isEmpty();
        assertThat(park).isNotBlank();

        PublishedForm form = forms.form(circular.getId()).form();
        String met = form.rows().stream().filter(r -> r.assessed() && r.result() == PublishedForm.Result.MET)
                .findFirst().orElseThrow().code();
        assertThat(ids(find(new FormQuery("园区", 4301, null, null, null, null, null, List.of(met), null))))
                .containsExactly(circular.getId());
        assertThat(ids(find(new FormQuery("园区", 4301, null, null, null, null, null, null, List.of(met)))))
                .isEmpty();
        form.rows().stream().filter(r -> r.assessed() && r.result() == PublishedForm.Result.NOT_MET).findFirst()
                .ifPresent(row -> {
                    assertThat(ids(find(new FormQuery("园区", 4301, null, null, null, null, null, null,
                            List.of(row.code()))))).containsExactly(circular.getId());
                    assertThat(ids(find(new FormQuery("园区", 4301, null, null, null, null, null, List.of(row.code()),
                            null)))).isEmpty();
                });
    }

    @Test
    void markup_in_a_narrative_comes_back_escaped_around_the_marks() {
        FormHit hit = find("循环经济", 4301).get(0);
        String problems = hit.passages().stream().filter(p -> p.part().equals("narrative_PROBLEMS"))
                .map(FormHit.Passage::html).findFirst().orElseThrow();

        assertThat(problems).contains("&lt;script&gt;alert(1)&lt;").contains("&amp;")
                .contains("&lt;b&gt;").doesNotContain("<script").doesNotContain("<b>");
        assertThat(problems.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void a_form_published_after_start_up_is_found_at_once() {
        Publication later = publish(4303, Map.of(NarrativeSection.ACHIEVEMENTS, "园区建成海绵城市示范片区。"));

        assertThat(ids(find("海绵城市", null))).containsExactly(later.getId());
    }

    @Test
    void a_form_another_node_wrote_is_found_after_the_catch_up_and_a_superseded_one_is_marked() {
        long report = reports.completeReport(4304);
        writeNarratives(report, Map.of(NarrativeSection.NEXT_PLAN, "下一步建设零碳产业园。"));
        publications.as("cc_staff", () -> {
            workflow.submit(report);
            return null;
        });
        // As another node's publish step would: a row in the table, which this node's Hibernate never saw
        String document = jdbc.queryForObject("select document from publication where id = ?", String.class,
                circular.getId()).replace("循环经济", "零碳产业园规划").replace("综合利用中心", "");
        jdbc.update("""
                insert into publication (version, report_id, revision_number, park_id, park_name, province,
                    jurisdiction_id, jurisdiction_name, report_year, park_status, published_at, document)
                select 0, ?, max(r.revision_number), ?, ?, ?, ?, ?, 4304, ?, current_timestamp, ?
                from report_revision r where r.report_id = ?""", report, circular.getParkId(),
                circular.getParkName(), circular.getProvince(), circular.getJurisdictionId(),
                circular.getJurisdictionName(), circular.getParkStatus().name(), document, report);
        long inserted = jdbc.queryForObject("select id from publication where report_id = ?", Long.class, report);
        assertThat(ids(find("零碳产业园", null))).isEmpty();

        assertThat(keeper.catchUp()).isGreaterThanOrEqualTo(1);

        assertThat(ids(find("零碳产业园", null))).containsExactly(inserted);
        assertThat(keeper.catchUp()).isZero();

        // Another node published a correction: the old form is superseded there, and here after the catch-up
        Publication older = publish(4305, Map.of(NarrativeSection.MAIN_WORK, "园区推广屋顶绿化。"));
        jdbc.update("update publication set superseded_by = ?, superseded_at = current_timestamp where id = ?",
                inserted, older.getId());
        assertThat(ids(find("屋顶绿化", 4305))).containsExactly(older.getId());
        assertThat(keeper.catchUp()).isEqualTo(1);
        assertThat(ids(find("屋顶绿化", 4305))).isEmpty();
        List<FormHit> superseded = find(new FormQuery("屋顶绿化", 4305, null, null, null,
                FormQuery.FormStatus.SUPERSEDED, null, null, null));
        assertThat(ids(superseded)).containsExactly(older.getId());
        assertThat(superseded.get(0).current()).isFalse();
        assertThat(ids(find(new FormQuery("屋顶绿化", 4305, null, null, null, FormQuery.FormStatus.ALL, null, null,
                null)))).containsExactly(older.getId());
    }

    @Test
    void the_administrator_rebuilds_the_index_and_nobody_else_may() {
        long before = keeper.indexed();
        long count = publications.as("admin", admin::rebuild);

        assertThat(count).isEqualTo(jdbc.queryForObject("select count(*) from publication", Long.class))
                .isGreaterThanOrEqualTo(before);
        assertThat(ids(find("循环经济", 4301))).containsExactly(circular.getId());
        assertThatThrownBy(() -> publications.as("cc_manager", admin::rebuild))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_blank_or_too_long_query_or_a_bad_code_is_refused_naming_the_parameter() {
        assertThatThrownBy(() -> find(" \u3000 ", null)).isInstanceOfSatisfying(InvalidFormQueryException.class,
                e -> assertThat(e.parameter()).isEqualTo("q"));
        assertThatThrownBy(() -> find("循".repeat(FormQuery.MAX_LENGTH + 1), null))
                .isInstanceOfSatisfying(InvalidFormQueryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("search.error.tooLong"));
        assertThatThrownBy(() -> find("，。！", null)).isInstanceOfSatisfying(InvalidFormQueryException.class,
                e -> assertThat(e.messageKey()).isEqualTo("search.error.noWords"));
        assertThatThrownBy(() -> find(new FormQuery("园区", null, null, null, null, null, null, List.of("x1"), null)))
                .isInstanceOfSatisfying(InvalidFormQueryException.class,
                        e -> assertThat(e.parameter()).isEqualTo("met"));
    }
}
