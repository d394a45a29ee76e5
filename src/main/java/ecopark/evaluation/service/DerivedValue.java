package ecopark.evaluation.service;

import java.math.BigDecimal;

/**
 * An intermediate result shown with a computed indicator: an annual average growth rate (in %) or an intensity.
 *
 * @param labelKey translation key of the sentence, e.g. {@code evaluation.derived.growth}
 * @param subject what was measured, e.g. 综合能耗 or 二氧化碳排放量 ÷ 园区工业增加值
 */
public record DerivedValue(String labelKey, LocalizedText subject, int fromYear, int toYear, BigDecimal value) {

    public static final String GROWTH = "evaluation.derived.growth";
    public static final String RATIO = "evaluation.derived.ratio";
}
