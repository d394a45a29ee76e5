package ecopark.search.api;

import ecopark.base.api.ApiError;
import ecopark.base.api.ApiErrors;
import ecopark.base.api.ApiException;
import ecopark.base.api.ApiPage;
import ecopark.park.domain.ParkStatus;
import ecopark.search.service.FormHit;
import ecopark.search.service.FormQuery;
import ecopark.search.service.FormSearch;
import ecopark.search.service.InvalidFormQueryException;
import ecopark.search.service.SearchIndexAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search across every published form, open to everyone, and the administrator's rebuild of this node's index.
 */
@RestController
@Tag(name = "Search", description = "检索已公开的信息公开表 — open, no sign-in")
@ApiResponse(responseCode = "400", description = "Malformed parameter, or a blank or too long query",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class SearchApi {

    private final FormSearch search;
    private final SearchIndexAdmin admin;

    SearchApi(FormSearch search, SearchIndexAdmin admin) {
        this.search = search;
        this.admin = admin;
    }

    @GetMapping(value = "/api/public/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Published forms containing every word of the query, best match first",
            description = "Searches the park's name, section 一's address, the narratives of section 二 and the "
                    + "indicator names (Chinese and English). Chinese is segmented into words, so 循环经济 is found "
                    + "inside a sentence without spaces. Every word must be found; a word found nowhere finds "
                    + "nothing. Each hit carries up to three passages: the form's text escaped for HTML with the "
                    + "matched words in <mark>, and the anchor of that part on the public form page. Results go "
                    + "as deep as " + FormSearch.MAX_RESULTS + " hits.")
    public ApiPage<SearchHitDto> search(
            @Parameter(description = "The words to find, 1–" + FormQuery.MAX_LENGTH + " characters")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String province,
            @Parameter(description = "The bureau's id (jurisdictionId of /api/public/forms)")
            @RequestParam(required = false) Long jurisdiction,
            @Parameter(description = "The park's id")
            @RequestParam(required = false) Long park,
            @Parameter(description = "CURRENT (default), SUPERSEDED (replaced by a published correction) or ALL")
            @RequestParam(required = false) FormQuery.FormStatus status,
            @Parameter(description = "NAMED (已命名) or IN_CREATION (创建中)")
            @RequestParam(required = false) ParkStatus parkStatus,
            @Parameter(description = "Indicator numbers that must be met (达标); repeat for several")
            @RequestParam(required = false) List<String> met,
            @Parameter(description = "Indicator numbers that must be not met (未达标); repeat for several")
            @RequestParam(required = false) List<String> unmet,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        FormQuery query = new FormQuery(q, year, province, jurisdiction, park, status, parkStatus, met, unmet);
        try {
            return ApiPage.of(search.search(query, ApiPage.request(page, size, Sort.unsorted())), SearchHitDto::of);
        } catch (InvalidFormQueryException e) {
            throw ApiException.badField(e.parameter(), e.messageKey(), e.args());
        }
    }

    @PostMapping(value = "/api/search-index/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rebuild this node's search index from the database (administrator)",
            description = "Runs on the node that answers; each node keeps its own index (docs/operations.md).")
    public RebuildDto rebuild(HttpServletRequest request) {
        long forms = admin.rebuild();
        return new RebuildDto(forms, ApiErrors.translate(request, "search.rebuild.done", forms));
    }

    @Schema(name = "SearchIndexRebuilt")
    public record RebuildDto(long indexedForms, String message) {
    }

    @Schema(name = "SearchHit")
    public record SearchHitDto(long id, long parkId, String parkName, int year, String province,
            String jurisdictionName, ParkStatus parkStatus, boolean current, Instant publishedAt,
            @Schema(description = "The public page of the form, at the part of the first passage") String link,
            List<PassageDto> passages) {

        static SearchHitDto of(FormHit hit) {
            return new SearchHitDto(hit.publicationId(), hit.parkId(), hit.parkName(), hit.year(), hit.province(),
                    hit.jurisdictionName(), hit.parkStatus(), hit.current(), hit.publishedAt(), hit.link(),
                    hit.passages().stream().map(p -> new PassageDto(p.part(), p.anchor(), p.html())).toList());
        }
    }

    @Schema(name = "SearchPassage")
    public record PassageDto(
            @Schema(description = "parkName, basics, narrative_<SECTION> or indicators") String part,
            @Schema(description = "Element id of that part on /public/forms/{id}") String anchor,
            @Schema(description = "HTML-escaped text, the matched words in <mark>…</mark>") String html) {
    }
}
