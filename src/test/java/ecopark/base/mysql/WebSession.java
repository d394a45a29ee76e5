package ecopark.base.mysql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session on one node over HTTP: its session cookie, the sign-in form's POST, page requests. */
final class WebSession {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER =
            Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private String sessionId;

    WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Opens the sign-in page, then posts the form as the browser does; true when it leads into the application. */
    boolean signIn(String username, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher token = CSRF.matcher(page.body());
        Matcher parameter = CSRF_PARAMETER.matcher(page.body());
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (token.find() ? "&" + (parameter.find() ? parameter.group(1) : "_csrf") + "=" + encode(token.group(1))
                        : "");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return answer.statusCode() == 302 && location(answer).map(l -> !l.contains("/login")).orElse(false);
    }

    /** True when the application's start page is served in this session; false when it is sent to sign in. */
    boolean isSignedIn() throws Exception {
        HttpResponse<String> start = get("/");
        if (start.statusCode() == 200) {
            return true;
        }
        if (start.statusCode() == 302 && location(start).map(l -> l.endsWith("/login")).orElse(false)) {
            return false;
        }
        throw new IllegalStateException("Unexpected answer to GET /: " + start.statusCode() + " " + location(start));
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher id = SESSION_COOKIE.matcher(cookie);
            if (id.find()) {
                sessionId = id.group(1);
            }
        }
        return response;
    }

    private static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
