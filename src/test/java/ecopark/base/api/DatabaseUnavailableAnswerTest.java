package ecopark.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.base.ui.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** An API call during a database outage is told so (503, try again), not handed a 500 as if it were a bug. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableAnswerTest {

    @Test
    void a_request_that_finds_the_database_away_answers_503_saying_nothing_was_saved(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/reports/7/draft");

        ResponseEntity<ApiError> answer = new ApiExceptionHandler().unexpected(DatabaseOutage.asSpringReportsIt(),
                request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(answer.getBody().code()).isEqualTo("api.error.databaseUnavailable");
        assertThat(answer.getBody().message()).isEqualTo("数据库暂时无法连接，请求未执行，没有保存任何内容；请稍后重试。");
        assertThat(output.getOut()).contains("[ref=" + answer.getBody().reference() + "]")
                .contains("PUT /api/reports/7/draft (database unavailable)");
    }

    @Test
    void an_english_client_reads_it_in_english() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/reports");
        request.addHeader("Accept-Language", "en");
        request.addPreferredLocale(java.util.Locale.ENGLISH);

        ResponseEntity<ApiError> answer = new ApiExceptionHandler().unexpected(DatabaseOutage.asSpringReportsIt(),
                request);

        assertThat(answer.getBody().message()).startsWith("The database cannot be reached at the moment");
    }
}
