package ecopark.search.domain;

import ecopark.report.domain.NarrativeSection;
import java.util.Locale;

/**
 * The fields of the published-form index and where on the public form each searchable one is shown, so that a result
 * can link to the passage that matched. One index document per publication, current or superseded.
 */
public final class FormIndex {

    public static final String NAME = "published_form";
    /** Lucene's smartcn: Chinese segmented into words, English stemmed; ranks whole-word matches first. */
    public static final String CHINESE = "chinese";
    /**
     * Every two adjacent Chinese characters as a term (English words whole): a query's run of characters matches as
     * the phrase of its pairs wherever it stands in the text, however a segmenter would have cut the sentence.
     */
    public static final String BIGRAMS = "cjk_bigrams";
    /** The suffix of the bigram twin of each searched field. */
    public static final String BIGRAM_SUFFIX = "_cjk";

    // Searched and highlighted
    public static final String PARK_NAME = "parkName";
    public static final String BASICS = "basics";
    public static final String INDICATORS = "indicators";

    // Filters and the result's columns
    public static final String YEAR = "year";
    public static final String PROVINCE = "province";
    public static final String JURISDICTION_ID = "jurisdictionId";
    public static final String JURISDICTION_NAME = "jurisdictionName";
    public static final String PARK_ID = "parkId";
    public static final String PARK_STATUS = "parkStatus";
    public static final String STATUS = "status";
    public static final String MET = "met";
    public static final String UNMET = "unmet";
    public static final String PUBLISHED_AT = "publishedAt";

    public static final String CURRENT = "CURRENT";
    public static final String SUPERSEDED = "SUPERSEDED";

    private FormIndex() {
    }

    /** The field of one narrative of section 二. */
    public static String narrative(NarrativeSection section) {
        return "narrative_" + section.name();
    }

    /** Every field a query is matched against, in the order the form shows them. */
    public static String[] searchedFields() {
        NarrativeSection[] sections = NarrativeSection.values();
        String[] fields = new String[sections.length + 3];
        fields[0] = PARK_NAME;
        fields[1] = BASICS;
        for (int i = 0; i < sections.length; i++) {
            fields[i + 2] = narrative(sections[i]);
        }
        fields[fields.length - 1] = INDICATORS;
        return fields;
    }

    /** The bigram twin of a searched field: the one every word must match in, and the one highlighted. */
    public static String bigrams(String field) {
        return field + BIGRAM_SUFFIX;
    }

    /** The element id of the public form's part that shows a field: 一 basic information, a narrative, 三 indicators. */
    public static String anchor(String field) {
        if (field.startsWith("narrative_")) {
            return "narrative-" + field.substring("narrative_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return INDICATORS.equals(field) ? "indicator-table" : "basic-information";
    }
}
