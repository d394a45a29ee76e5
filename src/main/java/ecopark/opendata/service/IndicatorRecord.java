package ecopark.opendata.service;

import ecopark.publication.service.FrozenForm;
import ecopark.publication.service.PublishedForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * One published indicator row with the publication it belongs to: the unit of open data. Texts of the standard in
 * Chinese and English; the value exactly as frozen, in the row's unit.
 *
 * @param thresholdAppliedZh the requirement that applied (the standard's, or the threshold that replaced it with why)
 * @param met true when met, false when assessed and not met or not computable, null when not assessed
 */
public record IndicatorRecord(long publicationId, String contentHash, long parkId, String parkName, String province,
        String jurisdiction, int year, int revision, Instant publishedAt, boolean current, String code,
        String categoryZh, String categoryEn, String nameZh, String nameEn, String unitZh, String unitEn,
        String requirementZh, String requirementEn, String thresholdAppliedZh, String thresholdAppliedEn,
        boolean mandatory, boolean assessed, BigDecimal value, String displayValue, Boolean state,
        PublishedForm.Result result, Boolean met) {

    static IndicatorRecord of(FrozenForm form, PublishedForm.IndicatorRow row) {
        Boolean met = !row.assessed() || row.result() == PublishedForm.Result.NOT_ASSESSED ? null
                : row.result() == PublishedForm.Result.MET;
        return new IndicatorRecord(form.publicationId(), form.contentHash(), form.parkId(), form.parkName(),
                form.province(), form.jurisdictionName(), form.year(), form.revisionNumber(), form.publishedAt(),
                form.isCurrent(), row.code(), zh(row.category()), en(row.category()), zh(row.name()), en(row.name()),
                zh(row.unit()), en(row.unit()), zh(row.requirement()), en(row.requirement()),
                row.requirementIn(Locale.SIMPLIFIED_CHINESE), row.requirementIn(Locale.ENGLISH), row.mandatory(),
                row.assessed(), row.value(), row.displayValue(), row.state(), row.result(), met);
    }

    private static String zh(PublishedForm.Text text) {
        return text == null ? null : text.zh();
    }

    private static String en(PublishedForm.Text text) {
        return text == null ? null : text.en();
    }
}
