package ecopark.search.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ecopark.ApplicationTest;
import ecopark.security.matrix.MatrixMvc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/**
 * The search API's refusals: every bad parameter is a 400 that names it, with a message in the reader's language
 * (the search itself: FormSearchTest). No report years of its own.
 */
@ApplicationTest
class SearchApiTest {

    @Autowired WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MatrixMvc.of(context);
    }

    private ResultActions refused(String query, String parameter, String language) throws Exception {
        return mvc.perform(get("/api/public/search?" + query).header("Accept-Language", language))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status", is(400)))
                .andExpect(jsonPath("$.fields[0].field", is(parameter)));
    }

    @Test
    void a_blank_or_too_long_query_is_refused_with_a_translated_message() throws Exception {
        refused("q=", "q", "zh-CN").andExpect(jsonPath("$.message", is("请输入要检索的词语。")));
        refused("q=  ", "q", "en").andExpect(jsonPath("$.message", is("Enter the words to search for.")));
        refused("", "q", "en").andExpect(jsonPath("$.code", is("search.error.blank")));
        refused("q=" + "a".repeat(101), "q", "en")
                .andExpect(jsonPath("$.message", is("A search may have at most 100 characters; this one has 101.")));
        refused("q=" + "园".repeat(101), "q", "zh-CN")
                .andExpect(jsonPath("$.message", is("检索词最多 100 个字，现为 101 个字。")));
        refused("q=，。", "q", "zh-CN").andExpect(jsonPath("$.code", is("search.error.noWords")));
    }

    @Test
    void a_malformed_filter_or_page_is_refused_naming_the_parameter() throws Exception {
        refused("q=园区&year=abc", "year", "en");
        refused("q=园区&jurisdiction=x", "jurisdiction", "en");
        refused("q=园区&park=1.5", "park", "en");
        refused("q=园区&status=OLD", "status", "en");
        refused("q=园区&parkStatus=FAMOUS", "parkStatus", "en");
        refused("q=园区&met=5&met=x", "met", "en")
                .andExpect(jsonPath("$.message", containsString("\"x\"")));
        refused("q=园区&unmet=<b>", "unmet", "en");
        refused("q=园区&size=0", "size", "en");
        refused("q=园区&size=101", "size", "en");
        refused("q=园区&page=-1", "page", "en");
        refused("q=园区&page=100&size=100", "page", "en").andExpect(jsonPath("$.code", is("search.error.pageBeyond")));
    }

    @Test
    void a_good_query_answers_a_page_even_without_hits() throws Exception {
        mvc.perform(get("/api/public/search?q=紫罗兰&year=4349&status=ALL&met=5&unmet=6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems", is(0)))
                .andExpect(jsonPath("$.page", is(0)))
                .andExpect(jsonPath("$.size", is(20)));
    }
}
