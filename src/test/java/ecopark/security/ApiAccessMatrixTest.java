package ecopark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import ecopark.ApplicationTest;
import ecopark.security.matrix.AccessTable;
import ecopark.security.matrix.Actor;
import ecopark.security.matrix.MatrixFixtures;
import ecopark.security.matrix.MatrixMvc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP endpoint of the application (the JSON API, the draft PDF download, the public forms and their PDF/Word
 * files) against every kind of user ({@link Actor}), through MockMvc and the real security chains: HTTP Basic on
 * {@code /api/**}, the UI's session for {@code /documents/**}, nobody for the anonymous column.
 *
 * <p>Which endpoints: every mapping of {@code RequestMappingHandlerMapping} whose controller is in {@code ecopark.*}
 * (springdoc's and Spring Boot's own mappings are left out; their access is in {@link #EXTRA}).
 * {@link #every_endpoint_has_a_row} fails when one has no row.
 *
 * <p>Cells: {@code A} = past the access check (2xx, or 400/409 for a refused value or state); otherwise the exact
 * status: 401 (no sign-in on the API), 302 (the UI's redirect to its login page), 403, 404. Rows with {@code @foreign}
 * point the path's id at park B's object, {@code @missing} at an id nothing has. Today the product does NOT hide
 * existence behind 404 on these endpoints: another park's report or task answers 403, a missing one 404.
 */
@ApplicationTest
class ApiAccessMatrixTest {

    static final String TABLE = """
            # endpoint                                               | anon stA stB revIn revOut mgrIn mgrOut admin revProv mgrProv mgrNat
            GET /api/reports                                          | 401  A   A   A   A   A   A   A   A   A   A
            GET /api/reports/{id}                                     | 401  A  403  A  403  A  403  A  A  A  A
            GET /api/reports/{id} @foreign                            | 401 403  A  403 403 403  A   A   403   403   A
            GET /api/reports/{id} @missing                            | 401 404 404 404 404 404 404 404 404 404 404
            GET /api/reports/{id}/evaluation                          | 401  A  403  A  403  A  403  A  A  A  A
            GET /api/reports/{id}/evaluation @foreign                 | 401 403  A  403 403 403  A   A   403   403   A
            GET /api/reports/{id}/evaluation @missing                 | 401 404 404 404 404 404 404 404 404 404 404
            PUT /api/reports/{id}/statistics/{year}                   | 401  A  403 403 403 403 403 403 403 403 403
            PUT /api/reports/{id}/statistics/{year} @foreign          | 401 403  A  403 403 403 403 403 403 403 403
            PUT /api/reports/{id}/statistics/{year} @missing          | 401 404 404 404 404 404 404 404 404 404 404
            PUT /api/reports/{id}/indicators/{code}                   | 401  A  403 403 403 403 403 403 403 403 403
            PUT /api/reports/{id}/indicators/{code} @foreign          | 401 403  A  403 403 403 403 403 403 403 403
            PUT /api/reports/{id}/indicators/{code} @missing          | 401 404 404 404 404 404 404 404 404 404 404
            PUT /api/reports/{id}/selection                           | 401  A  403 403 403 403 403 403 403 403 403
            PUT /api/reports/{id}/selection @foreign                  | 401 403  A  403 403 403 403 403 403 403 403
            PUT /api/reports/{id}/selection @missing                  | 401 404 404 404 404 404 404 404 404 404 404
            GET /api/evaluations                                      | 401  A   A   A   A   A   A   A   A   A   A
            GET /api/rectification-tasks                              | 401  A   A   A   A   A   A   A   A   A   A
            GET /api/rectification-tasks/{id}                         | 401  A  403  A  403  A  403  A  A  A  A
            GET /api/rectification-tasks/{id} @foreign                | 401 403  A  403 403 403  A   A   403   403   A
            GET /api/rectification-tasks/{id} @missing                | 401 404 404 404 404 404 404 404 404 404 404
            GET /documents/reports/{reportId}/draft.pdf               | 302  A  403  A  403  A  403  A  A  A  A
            GET /documents/reports/{reportId}/draft.pdf @foreign      | 302 403  A  403 403 403  A   A   403   403   A
            GET /documents/reports/{reportId}/draft.pdf @missing      | 302 404 404 404 404 404 404 404 404 404 404
            GET /api/public/forms                                     |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/forms/{id}                                |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/forms/{id} @missing                       | 404 404 404 404 404 404 404 404 404 404 404
            GET /api/public/forms/{id}/indicators                     |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/forms/{id}/pdf                            |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/forms/{id}/pdf @missing                   | 404 404 404 404 404 404 404 404 404 404 404
            GET /api/public/forms/{id}/docx                           |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/forms/{id}/docx @missing                  | 404 404 404 404 404 404 404 404 404 404 404
            GET /api/public/parks/{parkId}/indicator-history          |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/forms/{id}/indicators.csv                 |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/forms/{id}/indicators.csv @missing        | 404 404 404 404 404 404 404 404 404 404 404
            GET /api/public/forms/{id}/indicators.xlsx                |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/forms/{id}/indicators.xlsx @missing       | 404 404 404 404 404 404 404 404 404 404 404
            GET /api/public/parks/{parkId}/indicators.csv             |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/parks/{parkId}/indicators.csv @missing    | 404 404 404 404 404 404 404 404 404 404 404
            GET /api/public/parks/{parkId}/indicators.xlsx            |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/indicators                                |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/indicators.csv                            |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/indicators.xlsx                           |  A   A   A   A   A   A   A   A   A   A   A
            GET /api/public/catalogue                                 |  A   A   A   A   A   A   A   A   A   A   A
            GET /public/data                                          |  A   A   A   A   A   A   A   A   A   A   A  # open data page, the portal's stateless chain
            GET /api/public/search                                    |  A   A   A   A   A   A   A   A   A   A   A
            POST /api/search-index/rebuild                            | 401 403 403 403 403 403 403  A  403  403  403
            GET /public/search                                        |  A   A   A   A   A   A   A   A   A   A   A
            GET /public                                               | 302 302 302 302 302 302 302 302 302 302 302  # to /public/forms
            GET /public/                                              | 302 302 302 302 302 302 302 302 302 302 302  # to /public/forms
            GET /public/forms                                         |  A   A   A   A   A   A   A   A   A   A   A
            GET /public/forms/{id}                                    |  A   A   A   A   A   A   A   A   A   A   A
            GET /public/forms/{id} @missing                           | 404 404 404 404 404 404 404 404 404 404 404
            GET /public/sitemap.xml                                   |  A   A   A   A   A   A   A   A   A   A   A
            GET /sitemap.xml                                          |  A   A   A   A   A   A   A   A   A   A   A
            GET /robots.txt                                           |  A   A   A   A   A   A   A   A   A   A   A
            ANY /api/**                                               | 401 404 404 404 404 404 404 404 404 404 404  # an address the API does not have
            ANY /error                                                | 404 404 404 404 404 404 404 404 404 404 404  # as the container forwards a 404
            """;

    /** Endpoints that are not the application's controllers: health and the API's documentation are open. */
    static final String EXTRA = """
            GET /actuator/health                                      |  A   A   A   A   A   A   A   A   A   A   A
            GET /v3/api-docs                                          |  A   A   A   A   A   A   A   A   A   A   A
            """;

    private static final AccessTable ACCESS = AccessTable.parse(TABLE);
    private static final AccessTable EXTRA_ACCESS = AccessTable.parse(EXTRA);

    @Autowired WebApplicationContext context;
    @Autowired MatrixFixtures fixtures;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MatrixMvc.of(context);
    }

    @Test
    void every_endpoint_has_a_row() {
        Set<String> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(10);
        Set<String> rows = new TreeSet<>();
        ACCESS.rows().stream().map(r -> r.key()).filter(k -> !k.contains(" @")).forEach(rows::add);
        assertThat(ACCESS.missing(endpoints)).as("endpoints without a row in the access table").isEmpty();
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(endpoints);
        assertThat(stale).as("rows for endpoints that no longer exist").isEmpty();
    }

    @Test
    void every_cell_of_the_table_holds() throws Exception {
        MatrixFixtures.Ids ids = fixtures.ids();
        List<String> wrong = new ArrayList<>();
        for (AccessTable table : List.of(ACCESS, EXTRA_ACCESS)) {
            for (AccessTable.Row row : table.rows()) {
                for (Actor actor : Actor.values()) {
                    int status = perform(row.key(), ids, actor).getResponse().getStatus();
                    if (!matches(row.expected(actor), status)) {
                        wrong.add(row.key() + " as " + actor + ": expected " + row.expected(actor) + ", was " + status);
                    }
                }
            }
        }
        assertThat(wrong).as("cells of the API access table that do not hold").isEmpty();
    }

    /** Guessing the ids around park A's report and task as staff of park B never yields park A's data. */
    @Test
    void consecutive_ids_never_reveal_another_parks_object() throws Exception {
        MatrixFixtures.Ids ids = fixtures.ids();
        List<String> leaks = new ArrayList<>();
        for (String path : List.of("/api/reports/", "/api/rectification-tasks/")) {
            long around = path.contains("reports") ? ids.reportA() : ids.rectTaskA();
            for (long id = around - 3; id <= around + 3; id++) {
                MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path + id)
                        .with(httpBasic(Actor.STAFF_B.username(), Actor.PASSWORD))).andReturn();
                int status = result.getResponse().getStatus();
                String body = result.getResponse().getContentAsString();
                if (status / 100 == 2 && !body.contains("苏州高新技术产业开发区")) {
                    leaks.add(path + id + " answered " + status + ": " + body);
                } else if (status / 100 != 2 && status != 403 && status != 404) {
                    leaks.add(path + id + " answered " + status);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e
                : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("ecopark.")) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            for (String pattern : info.getPatternValues()) {
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    private MvcResult perform(String key, MatrixFixtures.Ids ids, Actor actor) throws Exception {
        String[] parts = key.split(" ");
        HttpMethod method = parts[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(parts[0]);
        String variant = parts.length > 2 ? parts[2] : "";
        String path = resolve(parts[1], ids, variant);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
                .accept(MediaType.APPLICATION_JSON, MediaType.ALL);
        if (path.equals("/error")) {
            request.accept(MediaType.TEXT_HTML).requestAttr("jakarta.servlet.error.status_code", 404);
        }
        if (method == HttpMethod.PUT) {
            request.contentType(MediaType.APPLICATION_JSON).content(body(parts[1]));
        }
        if (!actor.isAnonymous()) {
            request.with(path.startsWith("/api/") || path.startsWith("/actuator/")
                    ? httpBasic(actor.username(), Actor.PASSWORD)
                    : user(fixtures.user(actor)));
        }
        return mvc.perform(request).andReturn();
    }

    /** Path variables by name; {@code {id}} by the resource it names. */
    private static String resolve(String pattern, MatrixFixtures.Ids ids, String variant) {
        boolean foreign = variant.equals("@foreign");
        boolean missing = variant.equals("@missing");
        long report = missing ? MatrixFixtures.MISSING : foreign ? ids.reportB() : ids.reportA();
        long id = pattern.startsWith("/api/reports/") ? report
                : pattern.startsWith("/api/rectification-tasks/")
                        ? missing ? MatrixFixtures.MISSING : foreign ? ids.rectTaskB() : ids.rectTaskA()
                : pattern.startsWith("/api/public/forms/") || pattern.startsWith("/public/forms/")
                        ? missing ? MatrixFixtures.MISSING : ids.publicationA()
                : -1;
        return pattern.replace("{id}", String.valueOf(id)).replace("{reportId}", String.valueOf(report))
                .replace("{parkId}", String.valueOf(missing ? MatrixFixtures.MISSING : ids.parkA())).replace("{year}", "3751").replace("{code}", "5")
                .replace("/**", "/no-such-endpoint");
    }

    private static String body(String pattern) {
        if (pattern.endsWith("/statistics/{year}")) {
            return "{\"values\":{\"employees\":120000}}";
        }
        if (pattern.endsWith("/indicators/{code}")) {
            return "{\"value\":8}";
        }
        return "{\"optional\":[\"2\",\"6\",\"8\",\"11\",\"14\",\"27\",\"28\"],\"changeReason\":\"与上年度报告保持一致\"}";
    }

    private static boolean matches(String cell, int status) {
        if (cell.equals("A")) {
            return status / 100 == 2 || status == 400 || status == 409;
        }
        return Integer.parseInt(cell) == status;
    }
}
