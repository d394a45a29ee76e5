package ecopark.desk.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One province's attainment of the indicators for a report year, as the national desk charts it: its parks with a
 * current published form of the year out of all its parks, the indicators those forms assessed and met (an indicator
 * is assessed when its result is met or not met), overall and per category, and the indicators most often not met.
 *
 * @param provinceId the provincial jurisdiction (e.g. 吉林省生态环境厅; Tianjin's bureau for a municipality)
 * @param provinceName the jurisdiction's name
 * @param region the province it stands for (吉林省, 天津市), the short label of a chart; its name when it has none
 * @param rate met / assessed in per cent, one decimal; null when nothing was assessed
 * @param categories per category of the standard, in the standard's order
 * @param mostMissed at most {@value ProvinceAttainment#MOST_MISSED} indicators, the most parks first
 */
public record ProvinceAttainmentRow(long provinceId, String provinceName, String region, int parksPublished,
        int parksTotal, int assessed, int met, BigDecimal rate, List<CategoryRate> categories,
        List<MissedIndicator> mostMissed) {

    public ProvinceAttainmentRow {
        categories = List.copyOf(categories);
        mostMissed = List.copyOf(mostMissed);
    }

    /** The attainment of one category of indicators (经济发展, 产业共生 …) in a province. */
    public record CategoryRate(String categoryZh, String categoryEn, int assessed, int met, BigDecimal rate) {

        /** The category's name in Chinese, or in English for any other language. */
        public String name(boolean chinese) {
            return chinese || categoryEn == null ? categoryZh : categoryEn;
        }
    }

    /** An indicator the province's parks did not meet, and how many of them missed it. */
    public record MissedIndicator(String code, String nameZh, String nameEn, int parks) {

        /** The indicator's name in Chinese, or in English for any other language. */
        public String name(boolean chinese) {
            return chinese || nameEn == null ? nameZh : nameEn;
        }
    }

    /** The category's figures in this province, if its parks assessed any indicator of it. */
    public java.util.Optional<CategoryRate> category(String categoryZh) {
        return categories.stream().filter(c -> c.categoryZh().equals(categoryZh)).findFirst();
    }

    /** met / assessed in per cent with one decimal; null when nothing was assessed. */
    static BigDecimal percent(int met, int assessed) {
        return assessed == 0 ? null
                : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(assessed), 1, RoundingMode.HALF_UP);
    }
}
