package ecopark.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every answer of the real server carries the browser-protection headers and no server version: a page, the
 * sign-in page, the API (public, signed in, refused), the operators' endpoint. Over HTTP, because Vaadin pages are
 * not served by MockMvc.
 */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void the_sign_in_page_carries_every_protection_header_and_a_lax_http_only_session_cookie() throws Exception {
        HttpResponse<String> page = get("/login", null);

        assertThat(page.statusCode()).isEqualTo(200);
        expectProtectionHeaders(page);
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void a_page_that_needs_a_sign_in_carries_them_on_its_way_to_the_sign_in_page() throws Exception {
        expectProtectionHeaders(get("/admin/users", null));
    }

    @Test
    void public_signed_in_and_refused_api_answers_carry_them() throws Exception {
        HttpResponse<String> published = get("/api/public/forms", null);
        HttpResponse<String> signedIn = get("/api/reports", "admin:Ecopark#2026");
        HttpResponse<String> refused = get("/api/reports", null);

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
        expectProtectionHeaders(published);
        expectProtectionHeaders(signedIn);
        expectProtectionHeaders(refused);
    }

    @Test
    void the_health_endpoint_carries_them() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        expectProtectionHeaders(health);
    }

    @Test
    void the_openapi_pages_are_on_in_the_default_profile() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String basicCredentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (basicCredentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expectProtectionHeaders(HttpResponse<String> answer) {
        var headers = answer.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).get().asString().contains("camera=()");
        assertThat(headers.firstValue("Server")).isEmpty();
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
    }
}
