package ecopark.publication.api;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API tells each account what it may do with a report, as the report service answers, and refuses the rest:
 * administrators read every report and write none. Report years 3711–3719 (Changchun).
 */
@ApplicationTest
class ReportsApiAccessTest {

    private static final String PASSWORD = "Ecopark#2026";

    @Autowired WebApplicationContext context;
    @Autowired ReportFixtures fixtures;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void staff_are_told_they_may_edit_and_submit_a_draft_and_the_administrator_that_they_may_not() throws Exception {
        long report = fixtures.completeReport(3711);

        mvc.perform(get("/api/reports/" + report).with(httpBasic("cc_staff", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable", is(true)))
                .andExpect(jsonPath("$.actions.edit", is(true)))
                .andExpect(jsonPath("$.actions.submit", is(true)))
                .andExpect(jsonPath("$.actions.withdraw", is(false)))
                .andExpect(jsonPath("$.actions.startCorrection", is(false)));
        for (String username : new String[] {"admin", "cc_reviewer1", "cc_manager"}) {
            mvc.perform(get("/api/reports/" + report).with(httpBasic(username, PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.editable", is(false)))
                    .andExpect(jsonPath("$.actions.edit", is(false)))
                    .andExpect(jsonPath("$.actions.submit", is(false)));
        }
    }

    @Test
    void the_administrator_cannot_write_a_drafts_section_three_through_the_api() throws Exception {
        long report = fixtures.completeReport(3713);

        mvc.perform(put("/api/reports/" + report + "/indicators/32").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 3}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/reports/" + report + "/statistics/3713").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"employees\": 1}}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/reports/" + report + "/indicators/32").with(httpBasic("cc_staff", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 3}"))
                .andExpect(status().isOk());
    }
}
