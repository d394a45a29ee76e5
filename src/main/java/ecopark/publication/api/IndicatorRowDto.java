package ecopark.publication.api;

import ecopark.publication.service.PublishedForm;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** One row of section 三 of a form: the standard's columns, whether it is assessed and met, the value behind it. */
@Schema(name = "IndicatorRow")
public record IndicatorRowDto(
        @Schema(example = "2") String code,
        @Schema(example = "经济发展") String category,
        @Schema(example = "Economic development") String categoryEn,
        @Schema(example = "人均工业增加值") String name,
        @Schema(example = "Industrial value added per employee") String nameEn,
        @Schema(description = "Footnote marks of the standard", example = "a") String footnotes,
        @Schema(example = "万元/人") String unit,
        @Schema(example = "≥15") String requirement,
        @Schema(description = "必选 (always assessed)") boolean mandatory,
        @Schema(description = "是否为考核指标") boolean assessed,
        @Schema(description = "是否达标") PublishedForm.Result result,
        @Schema(description = "Exact value, for computed and entered indicators") BigDecimal value,
        @Schema(description = "Rounded to the indicator's precision", example = "20.00") String displayValue,
        @Schema(description = "Entered yes/no state of a state indicator (达标, 全部完成, 具备)") Boolean state) {

    static IndicatorRowDto of(PublishedForm.IndicatorRow r) {
        return new IndicatorRowDto(r.code(), r.category().zh(), r.category().en(), r.name().zh(), r.name().en(),
                r.footnoteMarks(), r.unit().zh(), r.requirement().zh(), r.mandatory(), r.assessed(), r.result(),
                r.value(), r.displayValue(), r.state());
    }
}
