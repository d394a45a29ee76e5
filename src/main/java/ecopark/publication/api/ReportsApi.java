package ecopark.publication.api;

import ecopark.base.api.ApiDocumentation;
import ecopark.base.api.ApiError;
import ecopark.base.api.ApiException;
import ecopark.base.api.ApiPage;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.StatisticSpec;
import ecopark.base.domain.BusinessRuleException;
import ecopark.evaluation.service.StatisticsService;
import ecopark.park.service.ParkService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports and their evaluation for integrations that sign in (HTTP Basic): what the account may see in the UI, and for
 * the park's staff the draft's section 三 inputs — yearly statistics, entered indicators and the selection — through
 * the same services and checks as the editor, so a park's statistics system can fill a draft and read the evaluation
 * back. A report that is no longer a draft (submitted, in review, published) answers 409 to writes.
 */
@RestController
@RequestMapping(value = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reports and evaluations", description = "Signed-in integrations: same role and park rules as the UI")
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ApiResponse(responseCode = "401", description = "No or wrong HTTP Basic sign-in",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "Outside the account's role or park",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "No such report or indicator",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ReportsApi {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("parkName"),
            Sort.Order.asc("id"));

    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final IndicatorSheetService sheets;
    private final StatisticsService statistics;
    private final ParkService parks;

    ReportsApi(ReportService reports, ReportWorkflow workflow, IndicatorSheetService sheets,
            StatisticsService statistics, ParkService parks) {
        this.reports = reports;
        this.workflow = workflow;
        this.sheets = sheets;
        this.statistics = statistics;
        this.parks = parks;
    }

    @GetMapping("/reports")
    @Operation(summary = "The reports the account may see, newest year first")
    public ApiPage<ReportDtos.ReportSummary> reports(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(reports.findVisible(ApiPage.request(page, size, NEWEST_FIRST)),
                ReportDtos.ReportSummary::of);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One report: status, basic information, narratives, revisions")
    public ReportDtos.Report report(@PathVariable long id) {
        AnnualReport report = reports.get(id);
        return ReportDtos.Report.of(report, reports.actionsOn(report), workflow.revisions(id));
    }

    @GetMapping("/reports/{id}/evaluation")
    @Operation(summary = "Section 三 of a report evaluated now: every indicator's value, threshold and verdict")
    public ReportDtos.Evaluation evaluation(@PathVariable long id) {
        reports.get(id);
        return ReportDtos.Evaluation.of(sheets.evaluate(id));
    }

    @GetMapping("/evaluations")
    @Operation(summary = "The evaluations (indicator sheets) of the reports the account may see, with their counts")
    public ApiPage<ReportDtos.EvaluationListItem> evaluations(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(sheets.findVisible(ApiPage.request(page, size, Sort.unsorted())),
                ReportDtos.EvaluationListItem::of);
    }

    @PutMapping(value = "/reports/{id}/statistics/{year}")
    @Operation(summary = "Record (or correct) the park's statistics of a year the report's formulas read",
            description = "Years from the construction base year (or three years before the report year, if "
                    + "earlier) to the report year. Values are non-negative, in the catalogue's units. Staff of the "
                    + "park only; 409 unless the report is a draft or returned. Answers the evaluation.")
    @ApiResponse(responseCode = "400", description = "Unknown statistic, a number that is malformed or outside its "
            + "statistic's range (the field is named), year outside the span; nothing is written",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The report is not a draft any more",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ReportDtos.Evaluation recordStatistics(@PathVariable long id, @PathVariable int year,
            @RequestBody ReportDtos.StatisticsInput input) {
        AnnualReport report = writableDraft(id);
        int base = parks.get(report.getParkId()).getConstructionBaseYear();
        int from = Math.min(base, report.getYear() - 3);
        if (year < from || year > report.getYear()) {
            throw ApiException.badRequest("publication.api.error.yearOutOfRange", year, from, report.getYear());
        }
        if (input == null || input.values() == null || input.values().isEmpty()) {
            throw ApiException.badRequest("publication.api.error.noValues");
        }
        // Every value is checked against its range before anything is written, so the refusal names its field;
        // the service checks again and writes all or nothing.
        Map<String, StatisticSpec> known = sheets.catalogueOf(id).statistics();
        input.values().forEach((key, value) -> {
            StatisticSpec statistic = known.get(key);
            if (statistic == null) {
                throw ApiException.badField("values." + key, "evaluation.error.unknownStatistic", key);
            }
            // A missing value is refused here, by its field: the API records values, it does not clear them.
            StatisticsService.refusedValue(statistic, value).ifPresent(reason -> {
                throw ApiException.badField("values." + key, reason.key(), reason.args().toArray());
            });
        });
        statistics.record(report.getParkId(), year, input.values());
        return ReportDtos.Evaluation.of(sheets.evaluate(id));
    }

    @PutMapping(value = "/reports/{id}/indicators/{code}")
    @Operation(summary = "Enter an indicator that is not computed (a count, a percentage, or a yes/no state)",
            description = "value for counts and percentages (5, 19, 20, 21, 23, 24, 29–32), state for yes/no "
                    + "indicators (17, 18, 22); both null clear it. Answers the evaluation.")
    @ApiResponse(responseCode = "400", description = "Computed indicator, wrong kind or invalid value",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The report is not a draft any more, or changed meanwhile",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ReportDtos.Evaluation enterIndicator(@PathVariable long id, @PathVariable String code,
            @RequestBody ReportDtos.IndicatorInput input) {
        writableDraft(id);
        IndicatorSpec indicator = sheets.catalogueOf(id).indicator(code)
                .orElseThrow(() -> ApiException.notFound("evaluation.error.unknownIndicator", code));
        if (input == null || input.value() != null && input.state() != null) {
            throw ApiException.badRequest("api.error.malformed");
        }
        if (input.value() != null) {
            IndicatorSheetService.refusedValue(indicator, input.value()).ifPresent(reason -> {
                throw ApiException.badField("value", reason.key(), reason.args().toArray());
            });
        }
        // The sheet service knows the indicator's kind and refuses the wrong one (400) as it does in the editor.
        if (input.state() != null) {
            sheets.enterState(id, code, input.state());
        } else if (input.value() != null) {
            sheets.enterValue(id, code, input.value());
        } else {
            clear(id, code);
        }
        return ReportDtos.Evaluation.of(sheets.evaluate(id));
    }

    @PutMapping(value = "/reports/{id}/selection")
    @Operation(summary = "Replace the selection of optional indicators",
            description = "HJ 274-2015: enough optional indicators, every group rule, and the same selection as "
                    + "last year's report unless a reason is given.")
    @ApiResponse(responseCode = "400", description = "Selection breaks a rule",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "The report is not a draft any more",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ReportDtos.Evaluation select(@PathVariable long id, @RequestBody ReportDtos.SelectionInput input) {
        writableDraft(id);
        Set<String> optional = input == null || input.optional() == null ? Set.of() : input.optional();
        sheets.select(id, optional, input == null ? null : input.changeReason());
        return ReportDtos.Evaluation.of(sheets.evaluate(id));
    }

    private void clear(long id, String code) {
        try {
            sheets.enterValue(id, code, null);
        } catch (BusinessRuleException e) {
            if (!"evaluation.error.stateExpected".equals(e.messageKey())) {
                throw e;
            }
            sheets.enterState(id, code, null);
        }
    }

    /**
     * The report for a write: visible to the account (else 403/404), drafted by the account (its park's staff, else
     * 403), and still a draft or returned (else 409) — the editor's rules, asked of the report service.
     */
    private AnnualReport writableDraft(long id) {
        AnnualReport report = reports.get(id);
        if (!reports.actionsOn(report).edit()) {
            if (report.getStatus().isEditable()) {
                throw new AccessDeniedException("Account may not draft report " + id);
            }
            throw ApiException.conflict("report.error.readOnly");
        }
        return report;
    }
}
