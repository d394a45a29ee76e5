package ecopark.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.Publication;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.security.matrix.MatrixMvc;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public search page as a reader gets it, without sign-in or session: the results with the words marked and the
 * park's markup shown as text, the link to the matched part of the form, the "no results" line with the query, the
 * filters kept, both languages. Report years 4311–4312.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

    @Autowired WebApplicationContext context;
    @Autowired ReportFixtures reports;
    @Autowired PublicationFixtures publications;
    @Autowired ReportService reportService;

    private MockMvc mvc;
    private Publication form;

    @BeforeAll
    void publish() {
        long report = reports.completeReport(4311);
        publications.as("cc_staff", () -> {
            AnnualReport draft = reportService.get(report);
            return reportService.saveDraft(report, ReportDraft.of(draft).withNarratives(Map.of(
                    NarrativeSection.ACHIEVEMENTS, "园区建成<img src=x onerror=alert(1)>湿地净化工程，水质稳定达标。")));
        });
        publications.submitAndApprove(report);
        form = publications.currentPublicationOf(report);
        mvc = MatrixMvc.of(context);
    }

    private MockHttpServletResponse page(String query, String language) throws Exception {
        return mvc.perform(get("/public/search?" + query).cookie(new Cookie("ecopark-lang", language)))
                .andReturn().getResponse();
    }

    @Test
    void results_mark_the_words_link_to_the_part_and_show_markup_as_text() throws Exception {
        MockHttpServletResponse response = page("q=湿地净化&year=4311", "zh-CN");
        String html = response.getContentAsString();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).satisfiesAnyOf(c -> assertThat(c).isNull(),
                c -> assertThat(c).doesNotContain("JSESSIONID"));
        assertThat(html).contains("<mark>湿地净化</mark>")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x")
                .contains("href=\"/public/forms/" + form.getId() + "#narrative-achievements\"")
                .contains("主要成果")
                .contains("<title>“湿地净化”的检索结果")
                .contains("value=\"湿地净化\"")
                .contains("<option value=\"4311\" selected=\"selected\">4311</option>");
    }

    @Test
    void no_results_name_the_query_escaped_in_both_languages() throws Exception {
        String zh = mvc.perform(get("/public/search").param("q", "紫罗兰<script>")
                .cookie(new Cookie("ecopark-lang", "zh-CN"))).andReturn().getResponse().getContentAsString();
        String en = page("q=nowhere-at-all&year=4311", "en").getContentAsString();

        assertThat(zh).contains("没有找到包含“紫罗兰&lt;script&gt;”的公开表").doesNotContain("紫罗兰<script>");
        assertThat(en).contains("No published form contains \"nowhere-at-all\"".replace("\"", "&quot;"))
                .contains("<html lang=\"en\"");
    }

    @Test
    void a_bad_filter_is_named_on_the_page_not_an_error_page() throws Exception {
        MockHttpServletResponse response = page("q=湿地净化&year=abc&status=OLD", "en");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("The value of parameter &quot;year&quot; is not valid.")
                .contains("The value of parameter &quot;status&quot; is not valid.");
        assertThat(page("q=" + "园".repeat(101), "zh-CN").getContentAsString()).contains("检索词最多 100 个字，现为 101 个字。");
    }

    @Test
    void without_words_the_page_shows_the_empty_search_form() throws Exception {
        String html = page("", "zh-CN").getContentAsString();

        assertThat(html).contains("id=\"search-q\"").contains("<label for=\"search-q\">检索词</label>")
                .doesNotContain("id=\"no-results\"").doesNotContain("id=\"search-results\"");
    }
}
