package ecopark.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.park.service.ParkService;
import ecopark.rectification.RectificationFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Requests an attacker would try on the JSON API — paging past what a database can address, the wrong method, an
 * unknown park, LIKE wildcards in search terms — each answered as a client error in the one error body, never a 500.
 */
@ApplicationTest
class ApiRequestGuardTest {

    /** Every list endpoint of the API with a user who may read it (empty: open to everyone). */
    private static final Map<String, String> LISTS = Map.of(
            "/api/public/forms", "",
            "/api/reports", "cc_staff",
            "/api/evaluations", "cc_manager",
            "/api/rectification-tasks", "cc_manager");

    @Autowired WebApplicationContext context;
    @Autowired RectificationFixtures rectification;
    @Autowired ParkService parks;
    @Autowired ActingUsers users;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static MockHttpServletRequestBuilder list(String path, String user) {
        MockHttpServletRequestBuilder request = get(path);
        return user.isEmpty() ? request : request.with(httpBasic(user, "Ecopark#2026"));
    }

    @Test
    void a_page_beyond_what_the_database_can_address_is_a_400_naming_page_on_every_list() throws Exception {
        for (var endpoint : LISTS.entrySet()) {
            mvc.perform(list(endpoint.getKey(), endpoint.getValue()).param("page", "21474837").param("size", "100"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code", is("apiguard.error.pageBeyond")))
                    .andExpect(jsonPath("$.fields[0].field", is("page")))
                    .andExpect(jsonPath("$.message", containsString("page")))
                    .andExpect(jsonPath("$.message", containsString("21474835")));
            mvc.perform(list(endpoint.getKey(), endpoint.getValue()).param("page", String.valueOf(Integer.MAX_VALUE))
                            .header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.fields[0].field", is("page")))
                    .andExpect(jsonPath("$.message", containsString("at most")));
        }
    }

    @Test
    void the_last_addressable_page_is_an_empty_page_not_an_error() throws Exception {
        for (var endpoint : LISTS.entrySet()) {
            mvc.perform(list(endpoint.getKey(), endpoint.getValue()).param("page", "21474835").param("size", "100"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items.length()", is(0)))
                    .andExpect(jsonPath("$.page", is(21474835)));
        }
    }

    @Test
    void a_negative_page_or_a_size_outside_1_to_100_is_a_400_naming_the_parameter_on_every_list() throws Exception {
        for (var endpoint : LISTS.entrySet()) {
            mvc.perform(list(endpoint.getKey(), endpoint.getValue()).param("page", "-1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code", is("api.error.paging")))
                    .andExpect(jsonPath("$.fields[0].field", is("page")));
            for (String size : List.of("0", "101", "-5")) {
                mvc.perform(list(endpoint.getKey(), endpoint.getValue()).param("size", size))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.code", is("api.error.paging")))
                        .andExpect(jsonPath("$.fields[0].field", is("size")));
            }
        }
    }

    @Test
    void post_or_delete_on_a_read_only_address_is_405_with_allow_and_the_error_body() throws Exception {

        mvc.perform(post("/api/public/forms").with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.code", is("api.error.method")))
                .andExpect(jsonPath("$.message", containsString("POST")));
        mvc.perform(delete("/api/public/forms"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.code", is("api.error.method")));
        mvc.perform(delete("/api/rectification-tasks").with(httpBasic("cc_manager", "Ecopark#2026")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.code", is("api.error.method")));
        mvc.perform(get("/api/reports/1/selection").with(httpBasic("cc_staff", "Ecopark#2026"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", is("PUT")))
                .andExpect(jsonPath("$.message", is("This address does not accept GET requests.")));
    }

    @Test
    void the_indicator_history_of_a_park_that_published_nothing_is_a_404() throws Exception {
        mvc.perform(get("/api/public/parks/999999/indicator-history"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code", is("apiguard.error.parkNotPublished")))
                .andExpect(jsonPath("$.path", is("/api/public/parks/999999/indicator-history")));
    }

    @Test
    void percent_and_underscore_in_a_task_search_match_only_themselves() throws Exception {
        rectification.centralTask("能耗降低百分号%标记", 20);

        for (String q : List.of("号%标", "号_标", "分号%")) {
            int expected = q.contains("_") ? 0 : 1;
            mvc.perform(get("/api/rectification-tasks").param("q", q)
                            .with(httpBasic("cc_manager", "Ecopark#2026")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems", is(expected)));
        }
        mvc.perform(get("/api/rectification-tasks").param("q", "百分%记").with(httpBasic("cc_manager", "Ecopark#2026")))
                .andExpect(jsonPath("$.totalItems", is(0)));
    }

    @Test
    void percent_and_underscore_in_the_park_filter_match_only_themselves() {
        assertThat(users.as("admin", () -> parks.findVisible("%", Pageable.unpaged()).getTotalElements())).isZero();
        assertThat(users.as("admin", () -> parks.findVisible("_", Pageable.unpaged()).getTotalElements())).isZero();
        assertThat(users.as("admin", () -> parks.findVisible("长春", Pageable.unpaged()).getTotalElements()))
                .isPositive();
    }
}
