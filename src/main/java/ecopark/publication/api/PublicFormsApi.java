package ecopark.publication.api;

import ecopark.base.api.ApiError;
import ecopark.base.api.ApiPage;
import ecopark.park.domain.ParkStatus;
import ecopark.publication.service.FormDocuments;
import ecopark.publication.service.PublicFormFilter;
import ecopark.publication.service.PublicForms;
import ecopark.publication.service.YearOverYear;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published disclosure forms, open to everyone: the list with the public page's filters, one form, its indicator
 * rows, its PDF and Word documents, and a park's results across the years. Reads only published forms.
 */
@RestController
@RequestMapping(value = "/api/public", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Published forms", description = "年度评价报告信息公开表 — open, no sign-in")
@ApiResponse(responseCode = "400", description = "Malformed parameter",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class PublicFormsApi {

    private final PublicForms forms;
    private final FormDocuments documents;

    PublicFormsApi(PublicForms forms, FormDocuments documents) {
        this.forms = forms;
        this.documents = documents;
    }

    @GetMapping("/forms")
    @Operation(summary = "Published forms, newest year first",
            description = "Current forms only unless includeSuperseded=true; every filter is optional.")
    public ApiPage<FormSummaryDto> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) Long parkId,
            @Parameter(description = "NAMED (已命名) or IN_CREATION (创建中)")
            @RequestParam(required = false) ParkStatus parkStatus,
            @RequestParam(defaultValue = "false") boolean includeSuperseded,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        PublicFormFilter filter = new PublicFormFilter(year, province, jurisdictionId, parkId, parkStatus,
                includeSuperseded);
        return ApiPage.of(forms.search(filter, ApiPage.request(page, size, Sort.unsorted())), FormSummaryDto::of);
    }

    @GetMapping("/forms/{id}")
    @Operation(summary = "One published form: basic information, narratives, the 32 indicator rows")
    @ApiResponse(responseCode = "404", description = "No published form has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public FormDto form(@PathVariable long id) {
        return FormDto.of(forms.form(id));
    }

    @GetMapping("/forms/{id}/indicators")
    @Operation(summary = "The indicator rows of one published form (section 三)")
    @ApiResponse(responseCode = "404", description = "No published form has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<IndicatorRowDto> indicators(@PathVariable long id) {
        return forms.form(id).form().rows().stream().map(IndicatorRowDto::of).toList();
    }

    @GetMapping(value = "/forms/{id}/pdf", produces = {FormDocuments.PDF, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The published form as PDF (official layout, embedded CJK font)",
            description = "Made once and kept: the same bytes on every node, with a strong ETag (304 on "
                    + "If-None-Match) and X-Content-SHA256, the content hash of the form it shows.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = FormDocuments.PDF))
    @ApiResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    public ResponseEntity<byte[]> pdf(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        String held = documents.publishedPdfTag(id).filter(tag -> matches(ifNoneMatch, tag)).orElse(null);
        return held != null ? notModified(held) : download(documents.publishedPdf(id));
    }

    @GetMapping(value = "/forms/{id}/docx", produces = {FormDocuments.DOCX, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The published form as Word document (.docx, official layout)",
            description = "Made once and kept, with a strong ETag and X-Content-SHA256, as the PDF.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = FormDocuments.DOCX))
    @ApiResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    public ResponseEntity<byte[]> docx(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        String held = documents.publishedDocxTag(id).filter(tag -> matches(ifNoneMatch, tag)).orElse(null);
        return held != null ? notModified(held) : download(documents.publishedDocx(id));
    }

    @GetMapping("/parks/{parkId}/indicator-history")
    @Operation(summary = "A park's indicator results across the years it published (current forms)")
    @ApiResponse(responseCode = "404", description = "The park has no published form",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public YearOverYearDto history(@PathVariable long parkId) {
        return YearOverYearDto.of(forms.yearOverYear(parkId));
    }

    static ResponseEntity<byte[]> download(FormDocuments.Document document) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString());
        if (document.sha256() != null) {
            answer.eTag(etag(document.sha256())).cacheControl(PUBLISHED_DOCUMENT);
        }
        if (document.contentHash() != null) {
            answer.header(CONTENT_HASH_HEADER, document.contentHash());
        }
        return answer.body(document.content());
    }

    /**
     * A published document changes once at most (its stamp says so when a correction supersedes the form), so
     * caches may keep it an hour and then ask again with its ETag.
     */
    static final CacheControl PUBLISHED_DOCUMENT = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    /** The content hash of the published form a download shows (SHA-256 of its frozen JSON document). */
    public static final String CONTENT_HASH_HEADER = "X-Content-SHA256";

    private static ResponseEntity<byte[]> notModified(String sha256) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag(sha256)).cacheControl(PUBLISHED_DOCUMENT)
                .build();
    }

    private static String etag(String sha256) {
        return "\"" + sha256 + "\"";
    }

    /** If-None-Match holds the tag or {@code *} (RFC 9110: weak comparison, so W/ is ignored). */
    static boolean matches(String ifNoneMatch, String sha256) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag(sha256))) {
                return true;
            }
        }
        return false;
    }

    /** One line per indicator, one cell per year (null where the year's form has no such row). */
    @Schema(name = "IndicatorHistory")
    public record YearOverYearDto(long parkId, String parkName, List<Integer> years, List<Line> indicators) {

        public record Line(String code, String name, String unit, List<IndicatorRowDto> years) {
        }

        static YearOverYearDto of(YearOverYear history) {
            return new YearOverYearDto(history.parkId(), history.parkName(), history.years(),
                    history.lines().stream().map(l -> new Line(l.code(), l.name().zh(), l.unit().zh(),
                            l.cells().stream().map(c -> c == null ? null : IndicatorRowDto.of(c)).toList())).toList());
        }
    }
}
