package ecopark.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The page's {@code <html lang>} is the interface language (screen readers, fonts), as the cookie chooses it. */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageLanguageTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void the_sign_in_page_is_chinese_by_default_and_english_when_chosen() throws Exception {
        assertThat(signInPage(null)).contains("<html lang=\"zh-CN\"");
        assertThat(signInPage("ecopark-lang=en")).contains("<html lang=\"en\"");
    }

    /**
     * Chinese first is deliberate (docs/design-decisions.md): an English browser gets the Chinese interface until the
     * user presses "English", and the remembered choice wins over the browser's language either way.
     */
    @Test
    void an_english_browser_gets_chinese_until_english_is_chosen() throws Exception {
        assertThat(signInPage(null, "en-US,en;q=0.9")).contains("<html lang=\"zh-CN\"");
        assertThat(signInPage("ecopark-lang=en", "zh-CN,zh;q=0.9")).contains("<html lang=\"en\"");
        assertThat(signInPage("ecopark-lang=zh-CN", "en-US,en;q=0.9")).contains("<html lang=\"zh-CN\"");
    }

    private String signInPage(String cookie) throws Exception {
        return signInPage(cookie, null);
    }

    private String signInPage(String cookie, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
