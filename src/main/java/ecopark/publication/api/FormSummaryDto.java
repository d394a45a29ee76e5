package ecopark.publication.api;

import ecopark.park.domain.ParkStatus;
import ecopark.publication.domain.PublicationListing;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A published form in a list: which park and year, when it was published, and whether a correction superseded it. */
@Schema(name = "PublishedFormSummary")
public record FormSummaryDto(
        @Schema(description = "Id of the published form", example = "1") long id,
        @Schema(example = "2019") int year,
        long parkId,
        @Schema(example = "长春经济技术开发区") String parkName,
        @Schema(example = "吉林省") String province,
        Long jurisdictionId,
        @Schema(example = "长春市生态环境局") String jurisdictionName,
        @Schema(description = "已命名 NAMED / 创建中 IN_CREATION, as the form states it") ParkStatus parkStatus,
        @Schema(description = "Revision of the report that was published", example = "1") int revision,
        Instant publishedAt,
        @Schema(description = "False once a published correction superseded this form") boolean current,
        @Schema(description = "Id of the correction that superseded this form") Long supersededBy) {

    static FormSummaryDto of(PublicationListing p) {
        return new FormSummaryDto(p.id(), p.year(), p.parkId(), p.parkName(), p.province(), p.jurisdictionId(),
                p.jurisdictionName(), p.parkStatus(), p.revisionNumber(), p.publishedAt(), p.isCurrent(),
                p.supersededBy());
    }
}
