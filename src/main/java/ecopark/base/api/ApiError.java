package ecopark.base.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The one error body of the JSON API (every 4xx and 5xx under {@code /api/}): the HTTP status, a stable code that
 * clients can switch on (a translation key such as {@code entry.error.range}), the message in the
 * client's language (Accept-Language, Chinese by default), the path, and for 500 the reference in the server log.
 */
@Schema(name = "Error", description = "Error body of every 4xx/5xx answer under /api/")
public record ApiError(
        @Schema(example = "409") int status,
        @Schema(example = "Conflict") String error,
        @Schema(example = "report.error.readOnly") String code,
        @Schema(example = "报告已提交或已发布，不能再修改。") String message,
        @Schema(example = "/api/reports/7/statistics/2019") String path,
        Instant timestamp,
        @Schema(description = "Per-field problems of a 400, if any") List<FieldProblem> fields,
        @Schema(description = "Reference of a 500 in the server log", example = "K7Q2M9XA") String reference) {

    /** One invalid field or parameter of a request. */
    public record FieldProblem(String field, String message) {
    }
}
