package ecopark.base.ui.component;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date-picker configuration of the application: dates shown and typed as ISO dates (2027-03-31), month and
 * weekday names in the user's language, weeks from Monday, and refusals that say what is wrong — a text that is no
 * date, or a date before or after the allowed range, named. Typing as Chinese forms write dates (2027年3月31日,
 * 2027/3/31, 2027.3.31, 20270331, also in full-width digits) is accepted too.
 */
public final class DatePickers {

    public static final String FORMAT = "yyyy-MM-dd";

    private static final Pattern TYPED = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))");
    // The web component counts weekdays from Sunday.
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DatePickers() {
    }

    /** A new picker with the application's configuration. */
    public static DatePicker create(String label) {
        DatePicker picker = configure(new DatePicker());
        picker.setLabel(label);
        return picker;
    }

    /** Applies the application's configuration to a picker, in the language of the current user. */
    public static <P extends DatePicker> P configure(P picker) {
        Locale locale = picker.getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(FORMAT, "yyyy/MM/dd", "yyyy.MM.dd");
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdays(WEEK.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(WEEK.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("finish.date.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        i18n.setBadInputErrorMessage(picker.getTranslation("finish.date.badInput"));
        i18n.setRequiredErrorMessage(picker.getTranslation("finish.date.required"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        picker.setPlaceholder(picker.getTranslation("finish.date.placeholder"));
        picker.setClearButtonVisible(true);
        picker.setFallbackParser(text -> {
            LocalDate date = parse(text);
            return date == null ? Result.error(picker.getTranslation("finish.date.badInput")) : Result.ok(date);
        });
        return picker;
    }

    /** The earliest date allowed; a date before it is refused with that date named. */
    public static void setMin(DatePicker picker, LocalDate min) {
        picker.setMin(min);
        DatePicker.DatePickerI18n i18n = picker.getI18n();
        if (i18n != null) {
            i18n.setMinErrorMessage(min == null ? null : picker.getTranslation("finish.date.tooEarly", min.toString()));
            picker.setI18n(i18n);
        }
    }

    /** The latest date allowed; a date after it is refused with that date named. */
    public static void setMax(DatePicker picker, LocalDate max) {
        picker.setMax(max);
        DatePicker.DatePickerI18n i18n = picker.getI18n();
        if (i18n != null) {
            i18n.setMaxErrorMessage(max == null ? null : picker.getTranslation("finish.date.tooLate", max.toString()));
            picker.setI18n(i18n);
        }
    }

    /**
     * A typed date the browser could not read with the ISO format: 2027年3月31日, 2027/3/31, 2027.3.31 or 20270331,
     * full-width digits included; null when the text is no date.
     */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = TYPED.matcher(plain);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
