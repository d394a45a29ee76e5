package ecopark.report.service;

import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.BasicInformation;
import ecopark.report.domain.NarrativeSection;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the editor sends when saving: sections 一 and 二 of the form, the answers to the year's notice topics, and the
 * version the user started from, so a concurrent change by someone else is detected instead of overwritten.
 *
 * @param topicAnswers answers by topic id; a topic not given keeps its answer, an empty answer removes it
 */
public record ReportDraft(long expectedVersion, BasicInformation basic, Map<NarrativeSection, String> narratives,
        Map<Long, String> topicAnswers) {

    public ReportDraft {
        Map<Long, String> answers = new java.util.HashMap<>();
        if (topicAnswers != null) {
            topicAnswers.forEach((topic, text) -> answers.put(topic, text == null ? "" : text));
        }
        topicAnswers = Map.copyOf(answers);
    }

    /** A draft of sections 一 and 二 that leaves the topic answers as they are. */
    public ReportDraft(long expectedVersion, BasicInformation basic, Map<NarrativeSection, String> narratives) {
        this(expectedVersion, basic, narratives, Map.of());
    }

    public static ReportDraft of(AnnualReport report) {
        return new ReportDraft(report.getVersion(), report.basicInformation(), narrativesOf(report));
    }

    /** The same draft with these topic answers (by topic id). */
    public ReportDraft withTopicAnswers(Map<Long, String> answers) {
        return new ReportDraft(expectedVersion, basic, narratives, answers);
    }

    /** The same draft with other narrative texts (sections not given keep theirs). */
    public ReportDraft withNarratives(Map<NarrativeSection, String> texts) {
        Map<NarrativeSection, String> merged = new EnumMap<>(narratives);
        merged.putAll(texts);
        return new ReportDraft(expectedVersion, basic, merged, topicAnswers);
    }

    void applyTo(AnnualReport report) {
        report.setBasicInformation(basic);
        narratives.forEach(report::setNarrative);
        topicAnswers.forEach(report::setTopicAnswer);
    }

    /** Every narrative section of a report, empty text where nothing is written yet. */
    static Map<NarrativeSection, String> narrativesOf(AnnualReport report) {
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            texts.put(section, report.narrative(section) == null ? "" : report.narrative(section));
        }
        return texts;
    }
}
