package ecopark.publication.web;

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
import ecopark.report.service.ReportWorkflow;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public portal's pages as an anonymous reader (or a search engine) gets them, through the whole security filter
 * chain: the list with its filters, one whole form with the facts behind each figure and its content hash, caching,
 * the two languages, the reading modes, not-found, the sitemap. Report years 4202–4219.
 */
@ApplicationTest
class PublicFormPagesTest {

    private static int nextYear = 4202;

    @Autowired WebApplicationContext web;
    @Autowired PublicationFixtures fixtures;
    @Autowired ReportFixtures reportFixtures;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired RenderedFormPages rendered;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(rendered).build();
    }

    private long publishedReport() {
        long report = reportFixtures.completeReport(nextYear++);
        fixtures.submitAndApprove(report);
        return report;
    }

    private MvcResult perform(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getRequest().getSession(false)).as("no server session for a reader").isNull();
        return result;
    }

    private Document page(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(request).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void the_list_shows_published_forms_with_their_filters_and_a_search_box() throws Exception {
        Publication publication = fixtures.currentPublicationOf(publishedReport());

        Document list = page(get("/public/forms"));
        assertThat(list.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(list.title()).contains("年度评价报告信息公开表");
        assertThat(list.select("#public-forms a.public-form-link").eachAttr("href"))
                .contains("/public/forms/" + publication.getId());
        assertThat(list.select("select#filter-year option").eachText()).contains("全部",
                String.valueOf(publication.getYear()));
        assertThat(list.select("label[for=filter-park]").text()).isEqualTo("园区");
        Element search = list.selectFirst("form[role=search]");
        assertThat(search.attr("action")).isEqualTo("/public/search");
        assertThat(search.attr("method")).isEqualTo("get");
        assertThat(search.select("input[name=q]")).hasSize(1);

        Document oneYear = page(get("/public/forms").param("year", String.valueOf(publication.getYear())));
        assertThat(oneYear.select("#public-forms li")).hasSize(1);
        assertThat(oneYear.select("#filter-year option[selected]").text())
                .isEqualTo(String.valueOf(publication.getYear()));
        Document named = page(get("/public/forms").param("year", String.valueOf(publication.getYear()))
                .param("status", "NAMED"));
        assertThat(named.select("#public-forms li")).isEmpty();
        assertThat(named.text()).contains("没有符合条件的公开表");
        Document province = page(get("/public/forms").param("year", String.valueOf(publication.getYear()))
                .param("status", "IN_CREATION").param("province", "吉林省"));
        assertThat(province.select("#public-forms li")).hasSize(1);
    }

    @Test
    void a_filter_value_that_cannot_be_read_is_named_and_ignored() throws Exception {
        Document list = page(get("/public/forms").param("year", "二〇一九").param("status", "FAMOUS")
                .param("page", "-3"));

        assertThat(list.select(".problem").eachText()).containsExactly(
                "筛选条件“年度”的值“二〇一九”无法识别，已忽略。", "筛选条件“创建状态”的值“FAMOUS”无法识别，已忽略。");
    }

    @Test
    void the_list_may_be_cached_for_a_minute_by_anyone() throws Exception {
        MockHttpServletResponse response = perform(get("/public/forms")).getResponse();

        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
    }

    @Test
    void a_published_form_reads_as_the_official_form_with_its_facts_hash_downloads_and_years() throws Exception {
        Publication publication = fixtures.currentPublicationOf(publishedReport());
        long id = publication.getId();

        Document form = page(get("/public/forms/{id}", id));

        assertThat(form.title()).contains("长春经济技术开发区", String.valueOf(publication.getYear()));
        // The title is the programme's for the report year: these test years come after the 2026 renaming.
        assertThat(form.selectFirst("h1").text()).isEqualTo(
                "生态文明建设示范区（生态工业园区）建设年度评价报告信息公开表(" + publication.getYear() + ")");
        assertThat(form.text()).contains("一、园区基本情况", "国家级■", "经济技术开发区■", "国家生态工业示范园区创建中■",
                "0431-84630074", "二、国家生态工业示范园区建设进展(当年)", "三、国家生态工业示范园区标准达标情况",
                "人均工业增加值", "生态工业主题宣传活动");
        assertThat(form.select("#basic-information th[scope=row]").eachText()).contains("园区名称");
        for (NarrativeSection section : NarrativeSection.values()) {
            assertThat(form.getElementById(FormPage.anchor(section))).as("search results link to %s", section)
                    .isNotNull();
        }
        assertThat(form.getElementById("narrative-main-work")).isNotNull();
        assertThat(form.select("#indicator-table thead th[scope=col]")).hasSize(7);
        assertThat(form.select("#indicator-table tbody tr")).hasSize(32);
        assertThat(form.select("#indicator-table tbody tr").get(1).text())
                .contains("2", "人均工业增加值", "万元/人", "≥15", "是");

        // Provenance: each computed figure opens (without JavaScript) to its formula, inputs and threshold.
        Element two = form.selectFirst("details#facts-2");
        assertThat(two.selectFirst("summary").text()).contains("指标 2", "人均工业增加值", "万元/人", "达标");
        assertThat(two.select("li").eachText()).anySatisfy(line -> assertThat(line).startsWith("采用的要求：≥15"))
                .anySatisfy(line -> assertThat(line).startsWith("计算公式："))
                .anySatisfy(line -> assertThat(line).startsWith(publication.getYear() + " 年"));
        assertThat(form.select("#indicator-table a.facts-link[href=#facts-2]").attr("aria-label"))
                .isEqualTo("指标 2 的判定依据");

        // The content hash: SHA-256 of the frozen JSON as UTF-8, as anyone holding the JSON can compute it.
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(publication.getDocument().getBytes(StandardCharsets.UTF_8)));
        assertThat(form.selectFirst("#content-hash").text()).contains("内容校验值 SHA-256", expected);
        assertThat(publication.contentHash()).isEqualTo(expected).hasSize(64).isLowerCase();

        assertThat(form.selectFirst("#download-pdf").attr("href")).isEqualTo("/api/public/forms/" + id + "/pdf");
        assertThat(form.selectFirst("#download-docx").attr("href")).isEqualTo("/api/public/forms/" + id + "/docx");
        assertThat(form.selectFirst("#download-csv").attr("href"))
                .isEqualTo("/api/public/forms/" + id + "/indicators.csv");
        assertThat(form.selectFirst("#download-json").attr("href")).isEqualTo("/api/public/forms/" + id);
        assertThat(form.select(".form-downloads svg").eachAttr("aria-hidden")).containsOnly("true");

        assertThat(form.select("#year-over-year thead th").eachText()).contains(String.valueOf(publication.getYear()));
        assertThat(form.select("#year-over-year tbody tr")).hasSize(32);
        assertThat(form.selectFirst("#yoy-chart").attr("role")).isEqualTo("img");
        assertThat(form.selectFirst("#yoy-chart").attr("aria-label")).contains("长春经济技术开发区");
        assertThat(form.selectFirst("#yoy-data").data()).contains("\"years\":[", String.valueOf(publication.getYear()));
    }

    @Test
    void the_english_form_reads_the_apostrophe_once_and_says_it_is_english() throws Exception {
        Publication publication = fixtures.currentPublicationOf(publishedReport());

        Document form = page(get("/public/forms/{id}", publication.getId()).cookie(new Cookie("ecopark-lang", "en")));

        assertThat(form.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(form.selectFirst("#part-three").text()).contains("previous year's report").doesNotContain("''");
        assertThat(form.text()).contains("Other□: (state the type)", "Content hash SHA-256")
                .doesNotContain("：(state the type)");
        assertThat(form.title()).contains("长春经济技术开发区", String.valueOf(publication.getYear()));
    }

    @Test
    void a_language_link_shows_the_page_in_that_language_and_remembers_it() throws Exception {
        MockHttpServletResponse response = perform(get("/public/forms").param("lang", "en")).getResponse();

        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Annual disclosure forms");
        assertThat(response.getCookie("ecopark-lang").getValue()).isEqualTo("en");
        Element other = page.selectFirst("a.portal-language");
        assertThat(other.text()).isEqualTo("中文");
        assertThat(other.attr("href")).isEqualTo("/public/forms?lang=zh");
    }

    @Test
    void the_reading_modes_work_without_javascript_and_are_remembered_in_a_cookie() throws Exception {
        MockHttpServletResponse response = perform(get("/public/forms").param("view", "large-contrast"))
                .getResponse();

        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").classNames()).contains("mode-large", "mode-contrast")
                .doesNotContain("mode-spacing");
        assertThat(response.getCookie("ecopark-view").getValue()).isEqualTo("large-contrast");
        assertThat(page.select(".a11y-toggle[aria-pressed=true]").eachText()).containsExactly("大字", "高对比度");
        assertThat(page.selectFirst(".a11y-toggle[data-mode=large]").attr("href"))
                .isEqualTo("/public/forms?view=contrast");

        Document remembered = page(get("/public/forms").cookie(new Cookie("ecopark-view", "spacing")));
        assertThat(remembered.selectFirst("html").classNames()).containsExactly("mode-spacing");
        assertThat(remembered.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(remembered.select("main#main")).hasSize(1);
    }

    @Test
    void a_published_form_is_answered_not_modified_until_a_correction_supersedes_it() throws Exception {
        long report = publishedReport();
        Publication original = fixtures.currentPublicationOf(report);

        MockHttpServletResponse first = perform(get("/public/forms/{id}", original.getId())).getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        String lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=600, public");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        assertThat(perform(get("/public/forms/{id}", original.getId()).header(HttpHeaders.IF_NONE_MATCH, etag))
                .getResponse().getStatus()).isEqualTo(304);
        assertThat(perform(get("/public/forms/{id}", original.getId())
                .header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).getResponse().getStatus()).isEqualTo(304);
        assertThat(perform(get("/public/forms/{id}", original.getId()).header(HttpHeaders.IF_NONE_MATCH, etag)
                .cookie(new Cookie("ecopark-lang", "en"))).getResponse().getStatus())
                .as("the English page is another page").isEqualTo(200);

        fixtures.as("cc_staff", () -> {
            workflow.startCorrection(report);
            AnnualReport draft = reports.get(report);
            Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
            texts.put(NarrativeSection.NEXT_PLAN, "更正后的下一阶段工作计划。");
            return reports.saveDraft(report, ReportDraft.of(draft).withNarratives(texts));
        });
        fixtures.submitAndApprove(report);
        Publication correction = fixtures.currentPublicationOf(report);

        MockHttpServletResponse after = perform(get("/public/forms/{id}", original.getId())
                .header(HttpHeaders.IF_NONE_MATCH, etag)).getResponse();
        assertThat(after.getStatus()).as("the superseded mark changes the page").isEqualTo(200);
        Document superseded = Jsoup.parse(after.getContentAsString(StandardCharsets.UTF_8));
        assertThat(superseded.selectFirst("#superseded-notice").text()).contains("已被园区发布的更正版本取代");
        assertThat(superseded.selectFirst("#superseded-notice a").attr("href"))
                .isEqualTo("/public/forms/" + correction.getId());
        assertThat(superseded.text()).doesNotContain("更正后的下一阶段工作计划");
        assertThat(superseded.select("#form-versions li").eachText()).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("第 1 版", "已被取代"))
                .anySatisfy(v -> assertThat(v).contains("第 2 版"));

        Document current = page(get("/public/forms/{id}", correction.getId()));
        assertThat(current.text()).contains("更正后的下一阶段工作计划");
        assertThat(current.select("#superseded-notice")).isEmpty();
    }

    @Test
    void a_form_page_is_rendered_once_and_then_served_as_kept_for_its_etag() throws Exception {
        Publication form = fixtures.currentPublicationOf(publishedReport());

        MockHttpServletResponse first = perform(get("/public/forms/{id}", form.getId())).getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(rendered.find(etag)).as("kept after its first rendering").isPresent();
        MockHttpServletResponse second = perform(get("/public/forms/{id}", form.getId())).getResponse();

        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(second.getContentType()).isEqualTo(first.getContentType());
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        MockHttpServletResponse english = perform(get("/public/forms/{id}", form.getId())
                .cookie(new Cookie("ecopark-lang", "en"))).getResponse();
        assertThat(english.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("lang=\"en\"");
        MockHttpServletResponse linked = perform(get("/public/forms/{id}", form.getId()).queryParam("view", "large"))
                .getResponse();
        assertThat(rendered.find(linked.getHeader(HttpHeaders.ETAG))).as("an address with a query is not kept")
                .isEmpty();
    }

    @Test
    void an_address_that_is_no_published_form_is_the_portals_not_found_page_not_the_login() throws Exception {
        for (String path : new String[] {"/public/forms/abc", "/public/forms/987654321", "/public/forms/-1"}) {
            MockHttpServletResponse response = perform(get(path)).getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.selectFirst("h1").text()).as(path).isEqualTo("未找到此公开表");
            assertThat(page.select("a[href=/public/forms]")).isNotEmpty();
            assertThat(page.select("vaadin-login-form, form[action*=login]")).isEmpty();
        }
        MockHttpServletResponse nothing = perform(get("/public/nothing-here")).getResponse();
        assertThat(nothing.getStatus()).isEqualTo(404);
        assertThat(nothing.getContentType()).startsWith("text/html");
        assertThat(Jsoup.parse(nothing.getContentAsString(StandardCharsets.UTF_8)).selectFirst("h1").text())
                .isEqualTo("未找到此页面");
    }

    @Test
    void search_engines_find_every_published_form_in_the_sitemap_named_by_robots_txt() throws Exception {
        Publication publication = fixtures.currentPublicationOf(publishedReport());

        for (String path : new String[] {"/public/sitemap.xml", "/sitemap.xml"}) {
            MockHttpServletResponse sitemap = perform(get(path)).getResponse();
            assertThat(sitemap.getStatus()).isEqualTo(200);
            assertThat(sitemap.getContentType()).startsWith("application/xml");
            assertThat(sitemap.getContentAsString(StandardCharsets.UTF_8))
                    .contains("<loc>http://localhost/public/forms</loc>")
                    .contains("<loc>http://localhost/public/forms/" + publication.getId() + "</loc>");
        }
        String robots = perform(get("/robots.txt")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(robots).contains("Allow: /public/", "Sitemap: http://localhost/public/sitemap.xml");
    }

    @Test
    void the_old_address_public_leads_to_the_list() throws Exception {
        MockHttpServletResponse response = perform(get("/public")).getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/public/forms");
    }
}
