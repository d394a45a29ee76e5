package ecopark.publication.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.Publication;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The JSON API's contract through the real security chains: the open part for everyone, the signed-in part with HTTP
 * Basic under the UI's role and park rules, paging, and every error status with the one error body.
 */
@ApplicationTest
class OpenApiContractTest {

    private static final String PASSWORD = "Ecopark#2026";

    @Autowired WebApplicationContext context;
    @Autowired PublicationFixtures publications;
    @Autowired ReportFixtures reports;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    private void expectError(org.springframework.test.web.servlet.ResultActions result, int status, String code)
            throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status", is(status)))
                .andExpect(jsonPath("$.code", is(code)))
                .andExpect(jsonPath("$.message").isNotEmpty())
                .andExpect(jsonPath("$.path").isNotEmpty());
    }

    // --- open part ---

    @Test
    void published_forms_are_listed_page_by_page_without_sign_in() throws Exception {
        Publication publication = publications.currentPublicationOf(publications.publishedReport());

        mvc.perform(get("/api/public/forms").param("year", String.valueOf(publication.getYear())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id", is(publication.getId().intValue())))
                .andExpect(jsonPath("$.items[0].parkName", is("长春经济技术开发区")))
                .andExpect(jsonPath("$.items[0].parkStatus", is("IN_CREATION")))
                .andExpect(jsonPath("$.items[0].current", is(true)))
                .andExpect(jsonPath("$.page", is(0)))
                .andExpect(jsonPath("$.size", is(20)))
                .andExpect(jsonPath("$.totalItems", is(1)))
                .andExpect(jsonPath("$.totalPages", is(1)));
        mvc.perform(get("/api/public/forms").param("size", "1").param("page", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()", is(1)))
                .andExpect(jsonPath("$.size", is(1)));
    }

    @Test
    void one_form_and_its_indicator_rows_are_open() throws Exception {
        Publication publication = publications.currentPublicationOf(publications.publishedReport());

        mvc.perform(get("/api/public/forms/{id}", publication.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publication.year", is(publication.getYear())))
                .andExpect(jsonPath("$.basicInformation.parkName", is("长春经济技术开发区")))
                .andExpect(jsonPath("$.basicInformation.level", is("NATIONAL")))
                .andExpect(jsonPath("$.narratives.INTRODUCTION", startsWith(publication.getYear() + " 年")))
                .andExpect(jsonPath("$.indicators.length()", is(32)))
                .andExpect(jsonPath("$.summary.assessed", is(24)));
        mvc.perform(get("/api/public/forms/{id}/indicators", publication.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", is(32)))
                .andExpect(jsonPath("$[1].code", is("2")))
                .andExpect(jsonPath("$[1].name", is("人均工业增加值")))
                .andExpect(jsonPath("$[1].result", is("MET")))
                .andExpect(jsonPath("$[1].displayValue", is("20.00")));
        mvc.perform(get("/api/public/parks/{park}/indicator-history", publication.getParkId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years", hasItem(publication.getYear())))
                .andExpect(jsonPath("$.indicators.length()", is(32)));
    }

    @Test
    void the_documents_of_a_published_form_download_without_sign_in() throws Exception {
        Publication publication = publications.currentPublicationOf(publications.publishedReport());

        byte[] pdf = mvc.perform(get("/api/public/forms/{id}/pdf", publication.getId()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("长春经济技术开发区").doesNotContain("草稿");
        }
        byte[] docx = mvc.perform(get("/api/public/forms/{id}/docx", publication.getId()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("长春经济技术开发区", "生态工业主题宣传活动");
        }
    }

    @Test
    void an_unknown_form_or_address_is_404() throws Exception {
        expectError(mvc.perform(get("/api/public/forms/987654321")), 404, "publication.api.error.formNotFound");
        expectError(mvc.perform(get("/api/public/forms/987654321/pdf")), 404, "publication.api.error.formNotFound");
        expectError(mvc.perform(get("/api/public/nothing-here")), 404, "api.error.notFound");
    }

    @Test
    void malformed_parameters_and_paging_are_400() throws Exception {
        expectError(mvc.perform(get("/api/public/forms").param("page", "-1")), 400, "api.error.paging");
        expectError(mvc.perform(get("/api/public/forms").param("size", "1000")), 400, "api.error.paging");
        expectError(mvc.perform(get("/api/public/forms").param("year", "twenty")), 400, "api.error.malformed");
        expectError(mvc.perform(get("/api/public/forms").param("parkStatus", "FAMOUS")), 400, "api.error.malformed");
        expectError(mvc.perform(get("/api/public/forms/abc")), 400, "api.error.malformed");
    }

    @Test
    void the_error_message_follows_the_clients_language() throws Exception {
        mvc.perform(get("/api/public/forms/987654321").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", is("There is no published form with this id.")));
        mvc.perform(get("/api/public/forms/987654321"))
                .andExpect(jsonPath("$.message", is("没有此编号的已发布公开表。")));
    }

    @Test
    void the_api_documentation_is_open() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/public/forms']").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{id}/statistics/{year}'].put").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme", is("basic")))
                .andExpect(jsonPath("$.components.schemas.Error").exists());
    }

    // --- signed-in part ---

    @Test
    void the_signed_in_part_needs_http_basic() throws Exception {
        expectError(mvc.perform(get("/api/reports")), 401, "api.error.unauthorized");
        mvc.perform(get("/api/reports")).andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
        expectError(mvc.perform(get("/api/reports").with(httpBasic("nobody", "wrong-password"))), 401,
                "api.error.unauthorized");
        expectError(mvc.perform(get("/api/evaluations")), 401, "api.error.unauthorized");
    }

    @Test
    void staff_list_only_their_parks_reports() throws Exception {
        long report = reports.completeReport(publications.nextYear());

        assertThat(everyPage("/api/reports", "cc_staff", "id", "长春经济技术开发区")).contains((int) report);
        mvc.perform(get("/api/reports").param("size", "100").with(as("tj_staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].parkName", everyItem(is("天津经济技术开发区"))));
        assertThat(everyPage("/api/evaluations", "cc_reviewer1", "reportId", null)).contains((int) report);
    }

    /**
     * The given field of every item of every page of a list (the shared test database holds more than one page),
     * checking on the way that each item's park is the expected one when one is given.
     */
    private List<Integer> everyPage(String path, String user, String field, String parkName) throws Exception {
        List<Integer> values = new ArrayList<>();
        for (int page = 0; ; page++) {
            String body = mvc.perform(get(path).param("page", String.valueOf(page)).param("size", "100")
                            .with(as(user)))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<Integer> items = JsonPath.read(body, "$.items[*]." + field);
            if (items.isEmpty()) {
                return values;
            }
            if (parkName != null) {
                List<String> parks = JsonPath.read(body, "$.items[*].parkName");
                assertThat(parks).containsOnly(parkName);
            }
            values.addAll(items);
        }
    }

    @Test
    void another_parks_report_is_403_and_an_unknown_one_404() throws Exception {
        long report = reports.completeReport(publications.nextYear());

        expectError(mvc.perform(get("/api/reports/{id}", report).with(as("tj_staff"))), 403, "api.error.forbidden");
        expectError(mvc.perform(get("/api/reports/{id}/evaluation", report).with(as("tj_reviewer"))), 403,
                "api.error.forbidden");
        expectError(mvc.perform(get("/api/reports/987654321").with(as("cc_staff"))), 404,
                "publication.api.error.reportNotFound");
    }

    @Test
    void staff_fill_a_draft_and_read_the_evaluation_back() throws Exception {
        int year = publications.nextYear();
        long report = reports.completeReport(year);

        mvc.perform(get("/api/reports/{id}", report).with(as("cc_staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("DRAFT")))
                .andExpect(jsonPath("$.editable", is(true)));
        mvc.perform(put("/api/reports/{id}/indicators/5", report).with(as("cc_staff"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == '5')].verdict", hasItem("NOT_MET")));
        mvc.perform(put("/api/reports/{id}/indicators/22", report).with(as("cc_staff"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == '22')].verdict", hasItem("NOT_MET")));
        mvc.perform(put("/api/reports/{id}/statistics/{year}", report, year).with(as("cc_staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\": {\"employees\": 240000}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == '2')].displayValue", hasItem("10.00")))
                .andExpect(jsonPath("$.indicators[?(@.code == '2')].verdict", hasItem("NOT_MET")));
        mvc.perform(put("/api/reports/{id}/selection", report).with(as("cc_staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"optional\": [\"2\",\"6\",\"8\",\"11\",\"14\",\"27\",\"28\",\"15\"],"
                                + " \"changeReason\": \"新增工业用水重复利用率\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == '15')].assessed", hasItem(true)));
        mvc.perform(get("/api/reports/{id}/evaluation", report).with(as("cc_reviewer1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessed", is(25)));
    }

    @Test
    void inputs_are_checked_as_in_the_editor_400() throws Exception {
        int year = publications.nextYear();
        long report = reports.completeReport(year);

        expectError(mvc.perform(put("/api/reports/{id}/statistics/{year}", report, year).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"employees\": -5}}")), 400,
                "entry.error.range");
        expectError(mvc.perform(put("/api/reports/{id}/statistics/{year}", report, year).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"happiness\": 5}}")), 400,
                "evaluation.error.unknownStatistic");
        expectError(mvc.perform(put("/api/reports/{id}/statistics/{year}", report, year + 1).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"employees\": 5}}")), 400,
                "publication.api.error.yearOutOfRange");
        expectError(mvc.perform(put("/api/reports/{id}/indicators/2", report).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 5}")), 400,
                "evaluation.error.computedIndicator");
        expectError(mvc.perform(put("/api/reports/{id}/indicators/17", report).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 5}")), 400,
                "evaluation.error.stateExpected");
        expectError(mvc.perform(put("/api/reports/{id}/indicators/5", report).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": -1}")), 400,
                "entry.error.range");
        expectError(mvc.perform(put("/api/reports/{id}/indicators/5", report).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": ")), 400, "api.error.malformed");
        expectError(mvc.perform(put("/api/reports/{id}/selection", report).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"optional\": [\"2\"]}")), 400,
                "evaluation.check.tooFewOptional");
        expectError(mvc.perform(put("/api/reports/{id}/indicators/99", report).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 5}")), 404,
                "evaluation.error.unknownIndicator");
        expectError(mvc.perform(put("/api/reports/{id}/indicators/5", report).with(as("cc_staff"))
                .contentType(MediaType.TEXT_PLAIN).content("5")), 415, "api.error.mediaType");
    }

    @Test
    void only_the_parks_staff_write_403() throws Exception {
        int year = publications.nextYear();
        long report = reports.completeReport(year);

        expectError(mvc.perform(put("/api/reports/{id}/indicators/5", report).with(as("cc_reviewer1"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 5}")), 403, "api.error.forbidden");
        expectError(mvc.perform(put("/api/reports/{id}/statistics/{year}", report, year).with(as("tj_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"employees\": 5}}")), 403,
                "api.error.forbidden");
        expectError(mvc.perform(put("/api/reports/{id}/selection", report).with(as("cc_manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"optional\": []}")), 403, "api.error.forbidden");
    }

    @Test
    void a_report_that_is_no_draft_any_more_refuses_writes_409() throws Exception {
        long published = publications.publishedReport();
        int year = publications.currentPublicationOf(published).getYear();

        expectError(mvc.perform(put("/api/reports/{id}/indicators/5", published).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1}")), 409, "report.error.readOnly");
        expectError(mvc.perform(put("/api/reports/{id}/statistics/{year}", published, year).with(as("cc_staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"employees\": 5}}")), 409,
                "report.error.readOnly");
        mvc.perform(get("/api/reports/{id}", published).with(as("cc_staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("PUBLISHED")))
                .andExpect(jsonPath("$.editable", is(false)))
                .andExpect(jsonPath("$.revisions[0].number", is(1)));
    }

    @Test
    void the_public_part_takes_no_writes() throws Exception {
        expectError(mvc.perform(post("/api/public/forms").contentType(MediaType.APPLICATION_JSON).content("{}")), 405,
                "api.error.method");
    }
}
