package ecopark.publication.api;

import ecopark.evaluation.service.AppliedThreshold;
import ecopark.evaluation.service.DerivedValue;
import ecopark.evaluation.service.Input;
import ecopark.evaluation.service.MissingInput;
import ecopark.evaluation.service.VerdictFacts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** Every fact that decided one verdict: the exact value, the formula, the inputs, and the threshold applied and why. */
@Schema(name = "VerdictFacts")
public record VerdictFactsDto(
        @Schema(description = "Exact value (34 significant digits)", example = "0.4123") BigDecimal exactValue,
        @Schema(description = "The figure shown: the indicator's precision plus the digits that decide the verdict "
                + "(GB/T 8170 full-value comparison)", example = "0.412") String shownValue,
        @Schema(example = "综合能耗 ÷ 园区工业增加值") String formula,
        @Schema(example = "Total energy consumption ÷ industrial value added") String formulaEn,
        List<InputDto> inputs,
        @Schema(description = "Intermediate values: average annual growth rates (%) and intensities") List<DerivedDto> derived,
        ThresholdDto threshold,
        @Schema(description = "Translation key of why there is no met / not met verdict") String reasonKey,
        @Schema(description = "The values that were needed and not found, for a row without a verdict")
        List<MissingDto> missing) {

    /** A value that was not found: a statistic of a year, or (statistic null) the value entered on the sheet. */
    @Schema(name = "MissingInput")
    public record MissingDto(int year,
            @Schema(description = "Statistic key; null for the indicator's own entered value",
                    example = "energy_consumption") String statistic,
            @Schema(example = "综合能耗") String name, @Schema(example = "Total energy consumption") String nameEn) {
    }

    public record InputDto(int year, @Schema(example = "energy_consumption") String statistic,
            @Schema(example = "综合能耗") String name, String nameEn, @Schema(example = "吨标煤") String unit,
            BigDecimal value) {
    }

    public record DerivedDto(@Schema(description = "GROWTH or RATIO") String kind, String subject, String subjectEn,
            int fromYear, int toYear, BigDecimal value) {
    }

    @Schema(name = "AppliedThreshold")
    public record ThresholdDto(@Schema(example = "≤") String comparison, @Schema(example = "0.3") BigDecimal value,
            @Schema(description = "STANDARD, WATER_REGION, VALUE_ADDED_GROWING, VALUE_ADDED_SHRINKING or "
                    + "INDUSTRY_OVERRIDE (HJ 274-2015 footnote a)") String basis,
            @Schema(description = "Water region of the park for WATER_REGION") String region,
            @Schema(description = "Dominant industry for INDUSTRY_OVERRIDE", example = "汽车制造业") String industry,
            @Schema(description = "The industry's share of the park's industrial output in % (footnote a: above 70)",
                    example = "76.5") BigDecimal industryShare,
            @Schema(description = "The park's reason for the override") String reason) {

        static ThresholdDto of(AppliedThreshold t) {
            if (t == null) {
                return null;
            }
            boolean override = t.basis() == ecopark.evaluation.service.ThresholdBasis.INDUSTRY_OVERRIDE;
            boolean region = t.basis() == ecopark.evaluation.service.ThresholdBasis.WATER_REGION;
            return new ThresholdDto(t.comparison() == null ? null : t.comparison().symbol(), t.value(),
                    t.basis() == null ? null : t.basis().name(), region ? t.detail() : null,
                    override ? t.detail() : null, t.industryShare(), t.reason());
        }
    }

    static VerdictFactsDto of(VerdictFacts f) {
        if (f == null) {
            return null;
        }
        return new VerdictFactsDto(f.value(), f.shownValue() == null ? null : f.shownValue().toPlainString(),
                f.formula() == null ? null : f.formula().zh(), f.formula() == null ? null : f.formula().en(),
                f.inputs().stream().map(VerdictFactsDto::input).toList(),
                f.derived().stream().map(VerdictFactsDto::derived).toList(), ThresholdDto.of(f.threshold()),
                f.reasonKey(), f.missing().stream().map(VerdictFactsDto::missing).toList());
    }

    private static MissingDto missing(MissingInput m) {
        return new MissingDto(m.year(), m.statistic(), m.name() == null ? null : m.name().zh(),
                m.name() == null ? null : m.name().en());
    }

    private static InputDto input(Input i) {
        return new InputDto(i.year(), i.statistic(), i.name() == null ? null : i.name().zh(),
                i.name() == null ? null : i.name().en(), i.unit() == null ? null : i.unit().zh(), i.value());
    }

    private static DerivedDto derived(DerivedValue d) {
        String kind = DerivedValue.GROWTH.equals(d.labelKey()) ? "GROWTH" : "RATIO";
        return new DerivedDto(kind, d.subject() == null ? null : d.subject().zh(),
                d.subject() == null ? null : d.subject().en(), d.fromYear(), d.toYear(), d.value());
    }
}
