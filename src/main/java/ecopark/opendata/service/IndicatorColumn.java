package ecopark.opendata.service;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The column layout of the indicator downloads (CSV and Excel), in this order. Stable: clients read columns by these
 * names; a new column is only ever added at the end, and none is renamed or removed. docs/api.md describes each.
 * A cell's value is a {@link String}, {@link Long}/{@link Integer}, {@link BigDecimal}, {@link Boolean} or null (empty).
 */
public enum IndicatorColumn {
    PUBLICATION_ID("publication_id", IndicatorRecord::publicationId),
    CONTENT_SHA256("content_sha256", IndicatorRecord::contentHash),
    PARK_ID("park_id", IndicatorRecord::parkId),
    PARK_NAME("park_name", IndicatorRecord::parkName),
    PROVINCE("province", IndicatorRecord::province),
    JURISDICTION("jurisdiction", IndicatorRecord::jurisdiction),
    REPORT_YEAR("report_year", IndicatorRecord::year),
    REVISION("revision", IndicatorRecord::revision),
    PUBLISHED_AT("published_at", r -> r.publishedAt() == null ? null : r.publishedAt().toString()),
    CURRENT("current", IndicatorRecord::current),
    INDICATOR_CODE("indicator_code", IndicatorRecord::code),
    CATEGORY_ZH("category_zh", IndicatorRecord::categoryZh),
    CATEGORY_EN("category_en", IndicatorRecord::categoryEn),
    INDICATOR_NAME_ZH("indicator_name_zh", IndicatorRecord::nameZh),
    INDICATOR_NAME_EN("indicator_name_en", IndicatorRecord::nameEn),
    UNIT_ZH("unit_zh", IndicatorRecord::unitZh),
    UNIT_EN("unit_en", IndicatorRecord::unitEn),
    REQUIREMENT_ZH("requirement_zh", IndicatorRecord::requirementZh),
    REQUIREMENT_EN("requirement_en", IndicatorRecord::requirementEn),
    THRESHOLD_APPLIED_ZH("threshold_applied_zh", IndicatorRecord::thresholdAppliedZh),
    THRESHOLD_APPLIED_EN("threshold_applied_en", IndicatorRecord::thresholdAppliedEn),
    MANDATORY("mandatory", IndicatorRecord::mandatory),
    ASSESSED("assessed", IndicatorRecord::assessed),
    VALUE("value", IndicatorRecord::value),
    VALUE_DISPLAYED("value_displayed", IndicatorRecord::displayValue),
    STATE("state", IndicatorRecord::state),
    RESULT("result", r -> r.result() == null ? null : r.result().name()),
    MET("met", IndicatorRecord::met);

    private final String key;
    private final Function<IndicatorRecord, Object> value;

    IndicatorColumn(String key, Function<IndicatorRecord, Object> value) {
        this.key = key;
        this.value = value;
    }

    /** The column's name in the header row. */
    public String key() {
        return key;
    }

    /** The cell of this column for the row; null for an empty cell. */
    public Object valueOf(IndicatorRecord row) {
        return value.apply(row);
    }

    /** What the column holds, in the catalogue's and the Excel file's column sheet: a translation key. */
    public String descriptionKey() {
        return "opendata.column." + key;
    }
}
