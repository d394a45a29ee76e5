package ecopark.base.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The servlet container's error dispatch to /error, as it happens for a failure outside Vaadin. */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class PlainErrorPageTest {

    private static final Pattern REFERENCE = Pattern.compile("错误编号：([A-Z2-9]{8})");

    @Autowired WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_server_error_shows_a_chinese_page_with_the_reference_that_the_log_records(CapturedOutput output)
            throws Exception {
        String html = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/files/42")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("disk full")))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("抱歉，系统出现了意外错误").doesNotContain("disk full").doesNotContain("Whitelabel");
        Matcher ref = REFERENCE.matcher(html);
        assertThat(ref.find()).isTrue();
        assertThat(output.getOut()).contains("ERROR").contains("[ref=" + ref.group(1) + "]")
                .contains("java.lang.IllegalStateException: disk full");
    }

    @Test
    void a_missing_page_says_so_without_a_reference() throws Exception {
        String html = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("页面不存在").doesNotContain("错误编号");
    }

    @Test
    void the_page_follows_the_language_the_user_chose() throws Exception {
        String html = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).cookie(new Cookie("ecopark-lang", "en"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Page not found").contains("lang=\"en\"");
    }

    @Test
    void a_program_asking_for_json_gets_json_with_the_reference() throws Exception {
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.reference").isString());
    }
}
