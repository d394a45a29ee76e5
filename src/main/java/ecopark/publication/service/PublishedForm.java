package ecopark.publication.service;

import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.NarrativeSection;
import ecopark.evaluation.service.LocalizedText;
import ecopark.evaluation.service.VerdictFacts;
import ecopark.evaluation.service.VerdictFactsText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The disclosure form (年度评价报告信息公开表) as it is published, frozen: section 一 and 二 of the approved revision
 * and section 三 with the evaluation at the moment of publication. Stored as JSON in a publication and rendered as the
 * public page, the PDF and the Word document; a draft document is built the same way from the live report. Catalogue
 * texts are kept in both languages, the park's own text as written.
 */
public record PublishedForm(int year, Basics basics, Map<NarrativeSection, String> narratives, String standardCode,
        List<IndicatorRow> rows, List<Footnote> footnotes, Summary summary, String selectionChangeReason) {

    public PublishedForm {
        rows = List.copyOf(rows);
        footnotes = List.copyOf(footnotes);
        narratives = Map.copyOf(narratives);
    }

    public String narrative(NarrativeSection section) {
        return narratives.getOrDefault(section, "");
    }

    /** Section 一, 园区基本情况. */
    public record Basics(String parkName, String postalAddress, String postcode, ParkLevel level, ParkType type,
            String typeNote, String phone, String email, ParkStatus parkStatus) {
    }

    /** Catalogue text in Chinese and English. */
    public record Text(String zh, String en) {

        public String in(Locale locale) {
            boolean english = locale != null && "en".equals(locale.getLanguage());
            return english && en != null && !en.isBlank() ? en : zh;
        }
    }

    /**
     * One row of the indicator table: the standard's columns (category, number, indicator, unit, requirement), whether
     * it is assessed (必选, or 是/否 for an optional one), and the result with the value behind it.
     *
     * @param displayValue the value at the indicator's precision with the digits that decide the verdict; null
     *        without one
     * @param facts every fact that decided the result (exact value, formula, inputs, the threshold applied and why);
     *        null when not assessed and in forms published before the facts were kept
     */
    public record IndicatorRow(String categoryCode, Text category, String code, Text name, String footnoteMarks,
            Text unit, Text requirement, boolean mandatory, boolean assessed, Result result, BigDecimal value,
            Boolean state, String displayValue, VerdictFacts facts) {

        /** The requirement column: the threshold that applied when it is not the standard's single value. */
        public String requirementIn(Locale locale) {
            return VerdictFactsText.requirement(localized(requirement), facts, locale);
        }

        /** Every fact behind the result, one line each; empty for forms published before facts were kept. */
        public List<String> factLines(Locale locale) {
            return VerdictFactsText.lines(facts, localized(requirement), localized(unit), locale);
        }

        private static LocalizedText localized(Text text) {
            return text == null ? null : new LocalizedText(text.zh(), text.en());
        }
    }

    public record Footnote(String mark, Text text) {
    }

    /** Counts over the assessed indicators. */
    public record Summary(int assessed, int met, int notMet, int notComputable) {
    }

    /** 是否达标 of one row. */
    public enum Result {
        MET,
        NOT_MET,
        /** Undefined for the inputs (e.g. an elasticity at zero growth); reported as such, never as met. */
        NOT_COMPUTABLE,
        /** Only in drafts: a value is still missing. */
        MISSING_DATA,
        NOT_ASSESSED;

        public String labelKey() {
            return "publication.result." + name();
        }
    }
}
