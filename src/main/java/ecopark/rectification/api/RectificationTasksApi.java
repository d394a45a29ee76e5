package ecopark.rectification.api;

import ecopark.base.api.ApiDocumentation;
import ecopark.base.api.ApiError;
import ecopark.base.api.ApiException;
import ecopark.base.api.ApiPage;
import ecopark.base.domain.BusinessRuleException;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.TaskFilter;
import ecopark.rectification.service.TaskState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rectification registry, read-only, for integrations that sign in (HTTP Basic): the tasks the account may see in
 * the UI — its park's for staff, its jurisdiction's for reviewers and managers — with the list's filters.
 */
@RestController
@RequestMapping(value = "/api/rectification-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rectification tasks", description = "The registry of rectification tasks (整改台账), read-only")
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ApiResponse(responseCode = "400", description = "Malformed filter or paging",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "401", description = "No or wrong HTTP Basic sign-in",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "Outside the account's park or jurisdiction",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class RectificationTasksApi {

    private static final Sort EARLIEST_DEADLINE_FIRST = Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id"));

    private final TaskQueries registry;

    RectificationTasksApi(TaskQueries registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "The tasks the account may see, earliest deadline first",
            description = "state: ALL, OPEN (not closed), OVERDUE, DUE_SOON (within 30 days), AWAITING_VERIFICATION, "
                    + "CLOSED; overdue is computed from the deadline and today's date.")
    public ApiPage<RectificationTaskDtos.Summary> tasks(
            @RequestParam(required = false) Long parkId,
            @RequestParam(required = false) RectificationSource source,
            @RequestParam(required = false) Long roundId,
            @RequestParam(defaultValue = "ALL") TaskState state,
            @Parameter(description = "Text in the task, responsible unit or person") @RequestParam(required = false)
            String q,
            @Parameter(description = "Only tasks closed in this year") @RequestParam(required = false)
            Integer closedInYear,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
        TaskFilter filter = new TaskFilter(parkId, source, roundId, state, q, closedInYear);
        return ApiPage.of(registry.find(filter, ApiPage.request(page, size, EARLIEST_DEADLINE_FIRST)),
                RectificationTaskDtos.Summary::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with its description, progress and outcome")
    @ApiResponse(responseCode = "404", description = "No such task",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RectificationTaskDtos.Task task(@PathVariable long id) {
        try {
            return RectificationTaskDtos.Task.of(registry.get(id));
        } catch (BusinessRuleException e) {
            if ("rectification.error.notFound".equals(e.messageKey())) {
                throw ApiException.notFound(e.messageKey(), id);
            }
            throw e;
        }
    }
}
