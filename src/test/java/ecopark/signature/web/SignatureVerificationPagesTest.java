package ecopark.signature.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.ApplicationTest;
import ecopark.park.service.ParkAdminService;
import ecopark.security.SystemActor;
import ecopark.signature.SamplePdfs;
import ecopark.signature.service.PdfSigner;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The signature check as an anonymous reader and an API client get it, through the real security chains: the
 * portal's page in Chinese and English (form, result, a refused file next to its field, no session), and
 * {@code POST /api/public/signatures/verify} (JSON, 400 naming the field {@code file}).
 */
@ApplicationTest
class SignatureVerificationPagesTest {

    static final String PROVINCE = "吉林省生态环境厅";

    @Autowired WebApplicationContext web;
    @Autowired PdfSigner signer;
    @Autowired ParkAdminService parks;
    @Autowired ObjectMapper json;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private byte[] signedPackage() {
        long jurisdiction = SamplePdfs.jurisdiction(parks, PROVINCE);
        return SystemActor.call(() -> signer.sign(jurisdiction, SamplePdfs.onePage(), "汇总报送", "长春", null));
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getRequest().getSession(false)).as("no server session for a reader").isNull();
        // A link's ?lang= is remembered in the language cookie; nothing else is ever set.
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .allSatisfy(cookie -> assertThat(cookie).startsWith("ecopark-lang="));
        return result.getResponse();
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile pdf(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/pdf", bytes);
    }

    @Test
    void the_form_works_without_javascript_in_both_languages() throws Exception {
        Document zh = html(perform(get("/public/signatures/verify")));
        assertThat(zh.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(zh.select("h1").text()).isEqualTo("验证 PDF 的数字签名");
        assertThat(zh.select("form#verify-form").attr("method")).isEqualTo("post");
        assertThat(zh.select("form#verify-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(zh.select("label[for=verify-file]").text()).isEqualTo("PDF 文件");
        assertThat(zh.select("input#verify-file").attr("name")).isEqualTo("file");
        assertThat(zh.select(".portal-nav a[href=/public/signatures/verify]")).isNotEmpty();
        assertThat(zh.select(".portal-footer a[href=/public/signatures/verify]")).isNotEmpty();

        Document en = html(perform(get("/public/signatures/verify").param("lang", "en")));
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("h1").text()).isEqualTo("Verify the digital signature of a PDF");
        assertThat(en.select("form#verify-form").attr("action")).isEqualTo("/public/signatures/verify?lang=en");
    }

    @Test
    void a_signed_package_shows_its_signer_time_test_certificate_and_checks_in_chinese_and_english()
            throws Exception {
        byte[] signed = signedPackage();

        MockHttpServletResponse zhResponse = perform(multipart("/public/signatures/verify")
                .file(pdf("汇总报送.pdf", signed)));
        assertThat(zhResponse.getStatus()).isEqualTo(200);
        assertThat(zhResponse.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        Document zh = html(zhResponse);
        assertThat(zh.select("#signature-1 .verdict").text()).isEqualTo("签名有效，文件自签名后未被改动。");
        assertThat(zh.select("#signature-1 .signer").text()).isEqualTo(PROVINCE + "（测试证书，不具法律效力）");
        assertThat(zh.select("#signature-1 .known-signer").text()).isEqualTo(PROVINCE + "的签名证书");
        assertThat(zh.select("#signature-1 .test-certificate").text()).isEqualTo("测试证书，不具法律效力");
        assertThat(zh.select("#signature-1 .signing-time").text()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(Asia/Shanghai\\)");
        assertThat(zh.select("#signature-1 .checks .check.ok")).hasSize(4);
        assertThat(zh.select("#verify-result dd").first().text()).isEqualTo("汇总报送.pdf");

        Document en = html(perform(multipart("/public/signatures/verify").file(pdf("package.pdf", signed))
                .param("lang", "en")));
        assertThat(en.select("#signature-1 .verdict").text())
                .isEqualTo("The signature is valid and the file is unchanged since signing.");
        assertThat(en.select("#signature-1 .known-signer").text()).isEqualTo("Signing certificate of " + PROVINCE);
        assertThat(en.select("#signature-1 .test-certificate").text()).isEqualTo("Test certificate, no legal effect");
    }

    @Test
    void a_changed_package_is_shown_invalid_and_an_unsigned_pdf_unsigned() throws Exception {
        byte[] signed = signedPackage();
        signed[SamplePdfs.indexOf(signed, SamplePdfs.TEXT)] = 'X';
        Document changed = html(perform(multipart("/public/signatures/verify").file(pdf("a.pdf", signed))));
        assertThat(changed.select("#signature-1 .verdict").hasClass("verdict-invalid")).isTrue();
        assertThat(changed.select("#signature-1 .checks .check.failed").text()).contains("签名覆盖的内容已被改动。");

        Document unsigned = html(perform(multipart("/public/signatures/verify")
                .file(pdf("b.pdf", SamplePdfs.onePage()))));
        assertThat(unsigned.select("#verify-unsigned").text()).isEqualTo("此 PDF 没有数字签名。");
    }

    @Test
    void a_file_that_is_no_pdf_is_named_next_to_the_field_with_400() throws Exception {
        MockHttpServletResponse response = perform(multipart("/public/signatures/verify")
                .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes())));
        assertThat(response.getStatus()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.select("#verify-file-problem").text()).isEqualTo("notes.txt：文件不是 PDF。");
        assertThat(page.select("#verify-file").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#verify-file").attr("aria-describedby")).contains("verify-file-problem");

        MockHttpServletResponse none = perform(multipart("/public/signatures/verify").param("lang", "en"));
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(html(none).select("#verify-file-problem").text())
                .isEqualTo("Choose the PDF file to verify (field file).");
    }

    @Test
    void the_api_answers_json_for_a_pdf_and_400_naming_the_field_for_anything_else() throws Exception {
        MockHttpServletResponse ok = perform(multipart("/api/public/signatures/verify")
                .file(pdf("package.pdf", signedPackage())));
        assertThat(ok.getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(ok.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("signed").asBoolean()).isTrue();
        JsonNode first = body.path("signatures").path(0);
        assertThat(first.path("verdict").asText()).isEqualTo("VALID");
        assertThat(first.path("unchangedSinceSigning").asBoolean()).isTrue();
        assertThat(first.path("testCertificate").asBoolean()).isTrue();
        assertThat(first.path("pades").asBoolean()).isTrue();
        assertThat(first.path("knownSigner").path("jurisdictionName").asText()).isEqualTo(PROVINCE);
        assertThat(first.path("signingTime").asText()).endsWith("+08:00");
        assertThat(first.path("checks").path("coversWholeFile").asBoolean()).isTrue();

        MockHttpServletResponse notPdf = perform(multipart("/api/public/signatures/verify")
                .file(new MockMultipartFile("file", "x.docx", "application/octet-stream", new byte[] {1, 2, 3})));
        assertThat(notPdf.getStatus()).isEqualTo(400);
        JsonNode error = json.readTree(notPdf.getContentAsString(StandardCharsets.UTF_8));
        assertThat(error.path("code").asText()).isEqualTo("signature.error.notPdf");
        assertThat(error.path("fields").path(0).path("field").asText()).isEqualTo("file");
        assertThat(error.path("message").asText()).isEqualTo("文件不是 PDF。");

        MockHttpServletResponse missing = perform(multipart("/api/public/signatures/verify")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(missing.getStatus()).isEqualTo(400);
        JsonNode missingError = json.readTree(missing.getContentAsString(StandardCharsets.UTF_8));
        assertThat(missingError.path("fields").path(0).path("field").asText()).isEqualTo("file");
        assertThat(missingError.path("message").asText()).isEqualTo("Choose the PDF file to verify (field file).");
    }
}
