package ecopark.rectification.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import ecopark.rectification.RectificationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /api/rectification-tasks under the API's conventions: HTTP Basic, the UI's scope, paging, one error body. */
@ApplicationTest
class RectificationTasksApiTest {

    @Autowired WebApplicationContext context;
    @Autowired RectificationFixtures fixtures;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static RequestPostProcessor as(String username) {
        return httpBasic(username, "Ecopark#2026");
    }

    @Test
    void managers_page_through_their_jurisdictions_tasks_with_the_lists_filters() throws Exception {
        mvc.perform(get("/api/rectification-tasks").param("source", "PETITION").param("size", "5").with(as("cc_manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.totalItems", is(563)))
                .andExpect(jsonPath("$.items[0].source", is("PETITION")))
                .andExpect(jsonPath("$.items[0].status", is("CLOSED")));
        mvc.perform(get("/api/rectification-tasks").param("state", "OVERDUE").with(as("cc_manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].overdue", everyItem(is(true))));
    }

    @Test
    void one_task_for_its_park_and_nobody_elses() throws Exception {
        long id = fixtures.centralTask("接口读取", 20);

        mvc.perform(get("/api/rectification-tasks/" + id).with(as("cc_staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id", is((int) id)))
                .andExpect(jsonPath("$.parkName", is("长春经济技术开发区")))
                .andExpect(jsonPath("$.status", is("OPEN")));
        mvc.perform(get("/api/rectification-tasks/" + id).with(as("tj_staff")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code", is("api.error.forbidden")));
        mvc.perform(get("/api/rectification-tasks").param("q", "接口读取").with(as("tj_staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems", is(0)));
    }

    @Test
    void errors_answer_the_shared_body() throws Exception {
        mvc.perform(get("/api/rectification-tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code", is("api.error.unauthorized")));
        mvc.perform(get("/api/rectification-tasks/999999").with(as("cc_manager")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code", is("rectification.error.notFound")));
        mvc.perform(get("/api/rectification-tasks").param("state", "LATE").with(as("cc_manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("api.error.malformed")));
        mvc.perform(get("/api/rectification-tasks").param("size", "500").with(as("cc_manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code", is("api.error.paging")));
    }
}
