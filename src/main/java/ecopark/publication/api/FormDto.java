package ecopark.publication.api;

import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.publication.service.PublicForm;
import ecopark.publication.service.PublishedForm;
import ecopark.report.domain.NarrativeSection;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A whole published form: its publication data and the three sections of the official form. */
@Schema(name = "PublishedForm")
public record FormDto(
        FormSummaryDto publication,
        @Schema(description = "一、园区基本情况") Basics basicInformation,
        @Schema(description = "二、建设进展: INTRODUCTION, MAIN_WORK, ACHIEVEMENTS, PROBLEMS, NEXT_PLAN; paragraphs "
                + "separated by blank lines, list items start with \"- \"") Map<NarrativeSection, String> narratives,
        @Schema(example = "HJ 274-2015") String standard,
        @Schema(description = "三、标准达标情况: the 32 rows") List<IndicatorRowDto> indicators,
        Summary summary,
        @Schema(description = "Why the selection of optional indicators differs from last year's") String selectionChangeReason) {

    public record Basics(String parkName, String postalAddress, String postcode, ParkLevel level, ParkType type,
            String typeNote, String phone, String email, ParkStatus parkStatus) {
    }

    public record Summary(int assessed, int met, int notMet, int notComputable) {
    }

    static FormDto of(PublicForm published) {
        PublishedForm f = published.form();
        PublishedForm.Basics b = f.basics();
        Map<NarrativeSection, String> narratives = new LinkedHashMap<>();
        for (NarrativeSection section : NarrativeSection.values()) {
            narratives.put(section, f.narrative(section));
        }
        return new FormDto(FormSummaryDto.of(published.publication()),
                new Basics(b.parkName(), b.postalAddress(), b.postcode(), b.level(), b.type(), b.typeNote(), b.phone(),
                        b.email(), b.parkStatus()),
                narratives, f.standardCode(), f.rows().stream().map(IndicatorRowDto::of).toList(),
                new Summary(f.summary().assessed(), f.summary().met(), f.summary().notMet(),
                        f.summary().notComputable()),
                f.selectionChangeReason());
    }
}
