package ecopark.bench;

import ecopark.Application;
import ecopark.publication.domain.PublicationRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The public portal's server-rendered form page beside the JSON API's form, on one running application (embedded
 * Tomcat on a free port, in-memory H2, the demo data with its published 2019 form): requests per second with N client
 * threads and the server's CPU per request for
 * <ul>
 * <li>{@code /api/public/forms/{id}} (JSON) and {@code /public/forms/{id}} (the whole page, Chinese);</li>
 * <li>the page again with its ETag ({@code If-None-Match}, answered 304 without reading the form);</li>
 * <li>the list page {@code /public/forms} and the API's list {@code /api/public/forms}.</li>
 * </ul>
 * and the sessions the servlet container created meanwhile (goal: none; the page at the rate of the JSON form).
 * Arguments: {@code [seconds per run, default 10] [client threads, default 4]}.
 */
public final class PortalPageComparison {

    private PortalPageComparison() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:mem:portalbench;MODE=MySQL;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE,YEAR",
                "--ecopark.demo.publish-seed-form=true");
        try {
            long id = publishedForm(app.getBean(PublicationRepository.class));
            TomcatWebServer tomcat = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
            Manager sessions = ((Context) tomcat.getTomcat().getHost().findChildren()[0]).getManager();
            String base = "http://127.0.0.1:" + tomcat.getPort();
            HttpRequest json = get(base + "/api/public/forms/" + id);
            HttpRequest page = get(base + "/public/forms/" + id);
            String etag = HttpClient.newHttpClient().send(page, HttpResponse.BodyHandlers.discarding()).headers()
                    .firstValue("ETag").orElseThrow();
            HttpRequest conditional = HttpRequest.newBuilder(page.uri()).header("If-None-Match", etag).GET().build();
            long sessionsBefore = sessions.getSessionCounter();

            List<HttpRate.Result> results = new ArrayList<>();
            results.add(HttpRate.run("api   /api/public/forms/{id} (JSON)", json, 200, seconds, threads));
            results.add(HttpRate.run("page  /public/forms/{id}", page, 200, seconds, threads));
            results.add(HttpRate.run("page  /public/forms/{id} If-None-Match (304)", conditional, 304, seconds,
                    threads));
            results.add(HttpRate.run("api   /api/public/forms?size=20", get(base + "/api/public/forms?size=20"), 200,
                    seconds, threads));
            results.add(HttpRate.run("page  /public/forms", get(base + "/public/forms"), 200, seconds, threads));
            results.add(HttpRate.run("api   /api/public/forms/{id} (JSON, again)", json, 200, seconds, threads));
            long created = sessions.getSessionCounter() - sessionsBefore;

            double jsonRate = (results.get(0).perSecond() + results.get(5).perSecond()) / 2;
            System.out.printf("%n%d s per run, %d client threads, %d processors, load average %.1f%n", seconds,
                    threads, Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("%-46s %10s %12s %14s %7s%n", "", "req/s", "CPU ms/req", "rate ×JSON form", "errors");
            for (HttpRate.Result r : results) {
                System.out.printf("%-46s %10.0f %12.3f %14.2f %7d%n", r.label(), r.perSecond(), r.cpuMsPerRequest(),
                        r.perSecond() / jsonRate, r.errors());
            }
            System.out.printf("%nThe form page is served at %.2f× the JSON form's rate; sessions created by the "
                    + "portal's requests: %d (goal 0)%n", results.get(1).perSecond() / jsonRate, created);
        } finally {
            app.close();
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    /** The demo's 2019 form, published by the review process once the application is ready. */
    private static long publishedForm(PublicationRepository publications) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < until) {
            var all = publications.findAll();
            if (!all.isEmpty()) {
                return all.get(0).getId();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The demo's 2019 form was not published within two minutes");
    }
}
