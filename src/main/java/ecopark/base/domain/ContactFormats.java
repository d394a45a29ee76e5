package ecopark.base.domain;

import java.util.regex.Pattern;

/**
 * Formats of contact fields on the disclosure form, shared by every form that asks for them: Chinese landline
 * (0431-84630074, area code 3–4 digits with optional extension) or mobile (11 digits from 1), six-digit postcode,
 * an ordinary e-mail address.
 */
public final class ContactFormats {

    public static final Pattern PHONE = Pattern.compile("^(0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|1[3-9]\\d{9})$");
    public static final Pattern POSTCODE = Pattern.compile("^\\d{6}$");
    public static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");

    private ContactFormats() {
    }

    public static boolean isPhone(String value) {
        return value != null && PHONE.matcher(value.strip()).matches();
    }

    public static boolean isPostcode(String value) {
        return value != null && POSTCODE.matcher(value.strip()).matches();
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.strip()).matches();
    }
}
