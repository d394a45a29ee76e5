package ecopark.publication.service;

import ecopark.evaluation.service.Catalogue;
import ecopark.evaluation.service.CategorySpec;
import ecopark.evaluation.service.EvaluatedSheet;
import ecopark.evaluation.service.EvaluationResult;
import ecopark.evaluation.service.IndicatorOutcome;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.IndicatorSpec;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.Verdict;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts the disclosure form together: sections 一 and 二 from a revision snapshot (or the live draft), section 三 from
 * the evaluation of the report's indicator sheet. The caller has the rights to read the report.
 */
@Component
class FormAssembler {

    private final IndicatorSheetService sheets;

    FormAssembler(IndicatorSheetService sheets) {
        this.sheets = sheets;
    }

    PublishedForm assemble(long reportId, int year, BasicInformation basic, Map<NarrativeSection, String> narratives) {
        EvaluatedSheet sheet = sheets.evaluatedSheet(reportId);
        Catalogue catalogue = sheet.catalogue();
        EvaluationResult evaluation = sheet.result();
        Map<Long, CategorySpec> categories = catalogue.categoriesById();
        List<PublishedForm.IndicatorRow> rows = evaluation.outcomes().stream()
                .sorted(Comparator.comparingInt((IndicatorOutcome o) -> o.indicator().sortOrder()))
                .map(o -> row(o, categories.get(o.indicator().categoryId())))
                .toList();
        List<PublishedForm.Footnote> footnotes = catalogue.footnotes().stream()
                .map(f -> new PublishedForm.Footnote(f.mark(), text(f.text()))).toList();
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = narratives == null ? null : narratives.get(section);
            texts.put(section, text == null ? "" : text);
        }
        var summary = evaluation.summary();
        return new PublishedForm(year, basics(basic), texts, catalogue.code(), rows, footnotes,
                new PublishedForm.Summary(summary.assessed(), summary.met(), summary.notMet(), summary.notComputable()),
                sheet.selectionChangeReason());
    }

    PublishedForm assembleDraft(AnnualReport report) {
        Map<NarrativeSection, String> narratives = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            narratives.put(section, report.narrative(section));
        }
        return assemble(report.getId(), report.getYear(), report.basicInformation(), narratives);
    }

    private static PublishedForm.Basics basics(BasicInformation b) {
        return new PublishedForm.Basics(b.parkName(), b.postalAddress(), b.postcode(), b.level(), b.type(),
                b.typeNote(), b.phone(), b.email(), b.parkStatus());
    }

    private static PublishedForm.IndicatorRow row(IndicatorOutcome outcome, CategorySpec category) {
        IndicatorSpec indicator = outcome.indicator();
        // A state indicator (达标, 全部完成, 具备) has no number; the renderers show its state.
        String display = outcome.value() != null ? outcome.displayValue().toPlainString() : null;
        return new PublishedForm.IndicatorRow(category == null ? "" : category.code(),
                category == null ? new PublishedForm.Text("", "") : text(category.name()), indicator.code(),
                text(indicator.name()), indicator.footnoteMarks(), text(indicator.unit()),
                text(indicator.requirement()), indicator.isMandatory(), outcome.assessed(), result(outcome.verdict()),
                outcome.value(), outcome.state(), display, outcome.facts());
    }

    private static PublishedForm.Result result(Verdict verdict) {
        return switch (verdict) {
            case MET -> PublishedForm.Result.MET;
            case NOT_MET -> PublishedForm.Result.NOT_MET;
            case NOT_COMPUTABLE -> PublishedForm.Result.NOT_COMPUTABLE;
            case MISSING_DATA -> PublishedForm.Result.MISSING_DATA;
            case NOT_ASSESSED -> PublishedForm.Result.NOT_ASSESSED;
        };
    }

    private static PublishedForm.Text text(LocalizedText text) {
        return text == null ? new PublishedForm.Text("", "") : new PublishedForm.Text(text.zh(), text.en());
    }
}
