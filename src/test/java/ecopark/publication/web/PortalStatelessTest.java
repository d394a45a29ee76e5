package ecopark.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ReportFixtures;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.Publication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public portal costs the server no session per reader: over real HTTP, twenty cookie-less requests for each of
 * the list, a form, the sitemap, robots.txt and the static files get no Set-Cookie, and the servlet container creates
 * no session for them. Each answer carries the same protection headers as the application's. Report year 4201.
 */
@org.junit.jupiter.api.extension.ExtendWith(ecopark.ThisContextsSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalStatelessTest {

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext server;
    @Autowired ReportFixtures reports;
    @Autowired PublicationFixtures publications;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void twenty_cookie_less_readers_of_each_public_address_get_no_cookie_and_no_session() throws Exception {
        long report = reports.completeReport(4201);
        publications.submitAndApprove(report);
        Publication form = publications.currentPublicationOf(report);
        Manager sessions = ((Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost()
                .findChildren()[0]).getManager();
        long createdBefore = sessions.getSessionCounter();

        List<String> paths = List.of("/public/forms", "/public/forms?year=" + form.getYear(),
                "/public/forms/" + form.getId(), "/public/forms/abc", "/public/sitemap.xml", "/sitemap.xml",
                "/robots.txt", "/public/portal.css", "/public/portal.js", "/public/form-chart.js",
                "/public/signatures/verify", "/public/verify.css",
                "/webjars/echarts/5.3.1/dist/echarts.min.js");
        for (String path : paths) {
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path).isIn(200, 404);
                assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
                if (i == 0) {
                    assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
                    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                    assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
                    assertThat(answer.headers().firstValue("Referrer-Policy")).as(path)
                            .hasValue("strict-origin-when-cross-origin");
                }
            }
        }

        assertThat(sessions.getSessionCounter()).as("sessions created by %d requests", paths.size() * 20)
                .isEqualTo(createdBefore);
    }

    /**
     * The signature check's multipart POST, over real Tomcat on the portal's stateless chain: no CSRF token asked (it
     * changes nothing), no cookie, no session; a file that is no PDF is answered 400 on the page.
     */
    @Test
    void the_signature_check_takes_a_multipart_post_without_token_cookie_or_session() throws Exception {
        Manager sessions = ((Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost()
                .findChildren()[0]).getManager();
        long createdBefore = sessions.getSessionCounter();
        String boundary = "----ecopark-verify";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nno pdf here\r\n--" + boundary + "--\r\n";

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/public/signatures/verify")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("notes.txt：文件不是 PDF。");
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(sessions.getSessionCounter()).isEqualTo(createdBefore);
    }

    @Test
    void the_staff_application_still_keeps_its_session() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="));
    }
}
