package ecopark.publication.api;

import ecopark.publication.service.PublishedForm;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Locale;

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
        @Schema(description = "The standard's requirement", example = "≥15") String requirement,
        @Schema(description = "The requirement that applied: the standard's, or the threshold that replaced it with why "
                + "(footnote a, the park's water region, the direction of value-added growth)",
                example = "≤0.3（附注 a 替代值；标准要求 ≤0.5）") String requirementApplied,
        @Schema(description = "必选 (always assessed)") boolean mandatory,
        @Schema(description = "是否为考核指标") boolean assessed,
        @Schema(description = "是否达标") PublishedForm.Result result,
        @Schema(description = "Exact value, for computed and entered indicators") BigDecimal value,
        @Schema(description = "At the indicator's precision, with the digits that decide the verdict",
                example = "20.00") String displayValue,
        @Schema(description = "Entered yes/no state of a state indicator (达标, 全部完成, 具备)") Boolean state,
        @Schema(description = "Every fact that decided the result; null when not assessed and for forms published "
                + "before the facts were kept") VerdictFactsDto facts) {

    static IndicatorRowDto of(PublishedForm.IndicatorRow r) {
        return new IndicatorRowDto(r.code(), r.category().zh(), r.category().en(), r.name().zh(), r.name().en(),
                r.footnoteMarks(), r.unit().zh(), r.requirement().zh(), r.requirementIn(Locale.SIMPLIFIED_CHINESE),
                r.mandatory(), r.assessed(), r.result(), r.value(), r.displayValue(), r.state(),
                VerdictFactsDto.of(r.facts()));
    }
}
