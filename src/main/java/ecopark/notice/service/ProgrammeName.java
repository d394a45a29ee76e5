package ecopark.notice.service;

import ecopark.base.i18n.TranslationProvider;
import java.util.Locale;

/**
 * The programme's name and the disclosure form's title for the report years from {@code fromYear} to {@code toYear}
 * (null: still in force): 国家生态工业示范园区 up to the 2025 reports, 生态文明建设示范区（生态工业园区） after.
 */
public record ProgrammeName(int fromYear, Integer toYear, String nameZh, String nameEn, String formTitleZh,
        String formTitleEn) {

    public boolean covers(int reportYear) {
        return reportYear >= fromYear && (toYear == null || reportYear <= toYear);
    }

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameZh;
    }

    /** The form's title without the year, e.g. 国家生态工业示范园区建设年度评价报告信息公开表. */
    public String formTitle(Locale locale) {
        return english(locale) ? formTitleEn : formTitleZh;
    }

    private static boolean english(Locale locale) {
        return locale != null && TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
