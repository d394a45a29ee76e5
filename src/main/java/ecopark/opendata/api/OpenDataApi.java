package ecopark.opendata.api;

import ecopark.base.api.ApiError;
import ecopark.base.api.ApiPage;
import ecopark.opendata.service.FormIndicators;
import ecopark.opendata.service.IndicatorColumn;
import ecopark.opendata.service.IndicatorFilter;
import ecopark.opendata.service.IndicatorRecord;
import ecopark.opendata.service.OpenIndicators;
import ecopark.opendata.service.Selection;
import ecopark.park.domain.ParkStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the indicator rows of the published forms as CSV, Excel and paged JSON, without sign-in, at stable
 * addresses — one form, one park over the years, or the whole list with the public list's filters. Every row carries
 * its form's publication id and content hash; a download of one form also sends the hash as {@code X-Content-SHA256}.
 * The column layout is {@link IndicatorColumn}, described in docs/api.md.
 */
@RestController
@RequestMapping(value = "/api/public", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open data", description = "已发布指标数据（CSV、Excel、JSON）— open, no sign-in")
@ApiResponse(responseCode = "400", description = "Malformed parameter (the message names it)",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class OpenDataApi {

    /** The content hash of the one form a download holds. */
    public static final String CONTENT_HASH_HEADER = "X-Content-SHA256";

    private final OpenIndicators indicators;

    OpenDataApi(OpenIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping(value = "/forms/{id}/indicators.csv", produces = {IndicatorCsv.MEDIA_TYPE,
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One published form's indicator rows as CSV (UTF-8 with BOM; columns in docs/api.md)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "No published form has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void formCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
        FormIndicators form = indicators.form(id);
        start(response, IndicatorCsv.MEDIA_TYPE, formFileName(form) + ".csv", form.contentHash());
        IndicatorCsv csv = new IndicatorCsv(response.getOutputStream());
        form.rows().forEach(csv);
        csv.finish();
    }

    @GetMapping(value = "/forms/{id}/indicators.xlsx", produces = {IndicatorXlsx.MEDIA_TYPE,
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One published form's indicator rows as Excel (.xlsx; columns in docs/api.md)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = IndicatorXlsx.MEDIA_TYPE))
    @ApiResponse(responseCode = "404", description = "No published form has this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void formXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        FormIndicators form = indicators.form(id);
        start(response, IndicatorXlsx.MEDIA_TYPE, formFileName(form) + ".xlsx", form.contentHash());
        try (IndicatorXlsx xlsx = new IndicatorXlsx()) {
            form.rows().forEach(xlsx);
            xlsx.finish(response.getOutputStream());
        }
    }

    @GetMapping(value = "/parks/{parkId}/indicators.csv", produces = {IndicatorCsv.MEDIA_TYPE,
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "A park's indicator rows over the years it published (current forms, oldest first), CSV")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "The park has no published form",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void parkCsv(@PathVariable long parkId, HttpServletResponse response) throws IOException {
        Selection park = indicators.park(parkId);
        start(response, IndicatorCsv.MEDIA_TYPE, "park-" + parkId + "-indicators.csv", null);
        csv(park, response.getOutputStream());
    }

    @GetMapping(value = "/parks/{parkId}/indicators.xlsx", produces = {IndicatorXlsx.MEDIA_TYPE,
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "A park's indicator rows over the years it published (current forms, oldest first), Excel")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = IndicatorXlsx.MEDIA_TYPE))
    @ApiResponse(responseCode = "404", description = "The park has no published form",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public void parkXlsx(@PathVariable long parkId, HttpServletResponse response) throws IOException {
        Selection park = indicators.park(parkId);
        start(response, IndicatorXlsx.MEDIA_TYPE, "park-" + parkId + "-indicators.xlsx", null);
        xlsx(park, response.getOutputStream());
    }

    @GetMapping(value = "/indicators.csv", produces = {IndicatorCsv.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Every published indicator row the filters select, as CSV (streamed)",
            description = "The public list's filters, plus met=true (met) or met=false (assessed, not met).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    public void listCsv(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) Long parkId,
            @Parameter(description = "NAMED (已命名) or IN_CREATION (创建中)")
            @RequestParam(required = false) ParkStatus parkStatus,
            @Parameter(description = "true: rows that met their requirement; false: assessed rows that did not")
            @RequestParam(required = false) Boolean met,
            @RequestParam(defaultValue = "false") boolean includeSuperseded,
            HttpServletResponse response) throws IOException {
        Selection selection = indicators.select(new IndicatorFilter(year, province, jurisdictionId, parkId,
                parkStatus, met, includeSuperseded));
        start(response, IndicatorCsv.MEDIA_TYPE, "indicators.csv", null);
        csv(selection, response.getOutputStream());
    }

    @GetMapping(value = "/indicators.xlsx", produces = {IndicatorXlsx.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Every published indicator row the filters select, as Excel (streamed)",
            description = "The public list's filters, plus met=true (met) or met=false (assessed, not met).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = IndicatorXlsx.MEDIA_TYPE))
    public void listXlsx(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) Long parkId,
            @Parameter(description = "NAMED (已命名) or IN_CREATION (创建中)")
            @RequestParam(required = false) ParkStatus parkStatus,
            @Parameter(description = "true: rows that met their requirement; false: assessed rows that did not")
            @RequestParam(required = false) Boolean met,
            @RequestParam(defaultValue = "false") boolean includeSuperseded,
            HttpServletResponse response) throws IOException {
        Selection selection = indicators.select(new IndicatorFilter(year, province, jurisdictionId, parkId,
                parkStatus, met, includeSuperseded));
        start(response, IndicatorXlsx.MEDIA_TYPE, "indicators.xlsx", null);
        xlsx(selection, response.getOutputStream());
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every published indicator row the filters select, paged",
            description = "Each item has the CSV's columns as keys (docs/api.md), in the same order as the "
                    + "downloads: newest year first, then by park, each form's rows in the standard's order.")
    public ApiPage<Map<String, Object>> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) Long parkId,
            @Parameter(description = "NAMED (已命名) or IN_CREATION (创建中)")
            @RequestParam(required = false) ParkStatus parkStatus,
            @Parameter(description = "true: rows that met their requirement; false: assessed rows that did not")
            @RequestParam(required = false) Boolean met,
            @RequestParam(defaultValue = "false") boolean includeSuperseded,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        IndicatorFilter filter = new IndicatorFilter(year, province, jurisdictionId, parkId, parkStatus, met,
                includeSuperseded);
        return ApiPage.of(indicators.find(filter, ApiPage.request(page, size, Sort.unsorted())), OpenDataApi::item);
    }

    /** One row as the JSON API gives it: the CSV's columns as keys, numbers as JSON numbers. */
    static Map<String, Object> item(IndicatorRecord row) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (IndicatorColumn column : IndicatorColumn.values()) {
            item.put(column.key(), column.valueOf(row));
        }
        return item;
    }

    private void csv(Selection selection, OutputStream out) throws IOException {
        IndicatorCsv csv = new IndicatorCsv(out);
        indicators.forEach(selection, csv);
        csv.finish();
    }

    private void xlsx(Selection selection, OutputStream out) throws IOException {
        try (IndicatorXlsx xlsx = new IndicatorXlsx()) {
            indicators.forEach(selection, xlsx);
            xlsx.finish(out);
        }
    }

    private static void start(HttpServletResponse response, String mediaType, String fileName, String contentHash) {
        response.setContentType(mediaType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        if (contentHash != null) {
            response.setHeader(CONTENT_HASH_HEADER, contentHash);
        }
    }

    private static String formFileName(FormIndicators form) {
        return form.parkName() + "-" + form.year() + "-indicators-r" + form.revision();
    }
}
