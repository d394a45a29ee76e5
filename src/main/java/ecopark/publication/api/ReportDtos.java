package ecopark.publication.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import ecopark.base.api.TypedNumberDeserializer;
import ecopark.evaluation.service.AppliedThreshold;
import ecopark.evaluation.service.EvaluationResult;
import ecopark.evaluation.service.EvaluationSummary;
import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.SheetListItem;
import ecopark.evaluation.service.Verdict;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportActions;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.RevisionView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The records the signed-in part of the API answers with and reads; kept apart from the entities. */
final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(name = "ReportSummary")
    record ReportSummary(long id, long parkId, String parkName, int year, ReportStatus status, String reviewStage,
            Instant updatedAt, String updatedBy) {

        static ReportSummary of(ReportListItem r) {
            return new ReportSummary(r.id(), r.parkId(), r.parkName(), r.year(), r.status(), r.reviewStage(),
                    r.updatedAt(), r.updatedBy());
        }
    }

    @Schema(name = "Report")
    record Report(long id, long parkId, int year, ReportStatus status, String reviewStage,
            @Schema(description = "Whether this account may change it now (its park's staff, while a draft or "
                    + "returned)") boolean editable,
            @Schema(description = "What this account may do with it now") Actions actions,
            FormDto.Basics basicInformation, Map<NarrativeSection, String> narratives, List<Revision> revisions,
            @Schema(description = "Optimistic-lock version of the report") long version, Instant updatedAt,
            String updatedBy) {

        static Report of(AnnualReport r, ReportActions actions, List<RevisionView> revisions) {
            var b = r.basicInformation();
            Map<NarrativeSection, String> narratives = new LinkedHashMap<>();
            for (NarrativeSection section : NarrativeSection.values()) {
                narratives.put(section, r.narrative(section));
            }
            return new Report(r.getId(), r.getParkId(), r.getYear(), r.getStatus(), r.getReviewStage(),
                    actions.edit(), new Actions(actions.edit(), actions.submit(), actions.withdraw(),
                            actions.startCorrection()),
                    new FormDto.Basics(b.parkName(), b.postalAddress(), b.postcode(), b.level(), b.type(), b.typeNote(),
                            b.phone(), b.email(), b.parkStatus()),
                    narratives, revisions.stream().map(v -> new Revision(v.number(), v.submittedAt(), v.submittedBy()))
                            .toList(),
                    r.getVersion(), r.getUpdatedAt(), r.getUpdatedBy());
        }
    }

    @Schema(name = "ReportActions", description = "What the account may do with the report now; each action checks "
            + "again")
    record Actions(boolean edit, boolean submit, boolean withdraw, boolean startCorrection) {
    }

    @Schema(name = "Revision", description = "An immutable submission of the report")
    record Revision(int number, Instant submittedAt, String submittedBy) {
    }

    @Schema(name = "EvaluationSummary")
    record EvaluationListItem(long reportId, long parkId, String parkName, int year, String standard, int assessed,
            int met, int notMet, int notComputable, int missingData) {

        static EvaluationListItem of(SheetListItem s) {
            EvaluationSummary c = s.summary();
            return new EvaluationListItem(s.reportId(), s.parkId(), s.parkName(), s.year(), s.standardCode(),
                    c.assessed(), c.met(), c.notMet(), c.notComputable(), c.missingData());
        }
    }

    @Schema(name = "Evaluation", description = "Section 三 of a report, evaluated now from its sheet and statistics")
    record Evaluation(long reportId, long parkId, int year, String standard, int assessed, int met, int notMet,
            int notComputable, int missingData, List<Outcome> indicators) {

        static Evaluation of(EvaluationResult r) {
            EvaluationSummary c = r.summary();
            return new Evaluation(r.reportId(), r.parkId(), r.year(), r.standardCode(), c.assessed(), c.met(),
                    c.notMet(), c.notComputable(), c.missingData(), r.outcomes().stream().map(Outcome::of).toList());
        }
    }

    @Schema(name = "IndicatorOutcome")
    record Outcome(String code, String name, String unit, String requirement, boolean mandatory, boolean assessed,
            Verdict verdict, @Schema(description = "Translation key explaining a verdict other than met/not met")
            String reasonKey, BigDecimal value, @Schema(description = "At the indicator's precision, with the digits "
                    + "that decide the verdict") String displayValue, Boolean state, Threshold threshold,
            @Schema(description = "Statistics (year, key) or entries still needed") List<Missing> missing,
            @Schema(description = "Every fact that decided the verdict; null when not assessed") VerdictFactsDto facts) {

        static Outcome of(IndicatorOutcome o) {
            AppliedThreshold t = o.threshold();
            return new Outcome(o.code(), o.indicator().name().zh(), o.indicator().unit().zh(),
                    o.indicator().requirement().zh(), o.indicator().isMandatory(), o.assessed(), o.verdict(),
                    o.reasonKey(), o.value(), o.value() == null ? null : o.displayValue().toPlainString(), o.state(),
                    t == null ? null : new Threshold(t.comparison() == null ? null : t.comparison().symbol(),
                            t.value(), t.basis() == null ? null : t.basis().name(), t.detail(), t.reason(),
                            t.industryShare()),
                    o.missing().stream().map(m -> new Missing(m.year(), m.statistic())).toList(),
                    VerdictFactsDto.of(o.facts()));
        }
    }

    record Threshold(String comparison, BigDecimal value, String basis,
            @Schema(description = "Water region, or the dominant industry of a footnote-a override") String detail,
            @Schema(description = "The park's reason for a footnote-a override") String reason,
            @Schema(description = "Footnote a: the industry's share of the park's industrial output in % (above 70)")
            BigDecimal industryShare) {
    }

    record Missing(int year, @Schema(description = "Statistic key; null for an entered value") String statistic) {
    }

    /** How a number of an input may be written; the same parser as the editor reads it. */
    static final String NUMBER_FORMAT = "A JSON number or a string of digits (full-width digits accepted), with at "
            + "most one decimal point and a leading minus; no exponent (1e10), thousands separators (1,000), spaces or "
            + "units. Each value must lie in its statistic's or indicator's plausible range.";

    @Schema(name = "StatisticsInput", description = "Statistic key → value, in the catalogue's units (万元, 人, 吨 …). "
            + NUMBER_FORMAT)
    record StatisticsInput(
            @JsonDeserialize(contentUsing = TypedNumberDeserializer.class) Map<String, BigDecimal> values) {
    }

    @Schema(name = "IndicatorInput", description = "An entered indicator: value for counts and percentages, state for "
            + "yes/no indicators (17, 18, 22); both null clear the entry. " + NUMBER_FORMAT)
    record IndicatorInput(@JsonDeserialize(using = TypedNumberDeserializer.class) BigDecimal value, Boolean state) {
    }

    @Schema(name = "SelectionInput", description = "The optional indicators assessed this year")
    record SelectionInput(Set<String> optional,
            @Schema(description = "Required when the selection differs from last year's") String changeReason) {
    }
}
