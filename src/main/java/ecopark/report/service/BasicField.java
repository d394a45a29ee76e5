package ecopark.report.service;

import ecopark.report.domain.BasicInformation;
import java.util.function.Function;

/** The fields of section 一 (园区基本情况) in the form's order, as a comparison of revisions names them. */
public enum BasicField {
    PARK_NAME("report.basic.parkName", false, BasicInformation::parkName),
    POSTAL_ADDRESS("report.basic.postalAddress", false, BasicInformation::postalAddress),
    POSTCODE("report.basic.postcode", false, BasicInformation::postcode),
    LEVEL("report.basic.level", true, b -> b.level() == null ? null : b.level().labelKey()),
    TYPE("report.basic.type", true, b -> b.type() == null ? null : b.type().labelKey()),
    TYPE_NOTE("report.basic.typeNote", false, BasicInformation::typeNote),
    PHONE("report.basic.phone", false, BasicInformation::phone),
    EMAIL("report.basic.email", false, BasicInformation::email),
    PARK_STATUS("report.basic.parkStatus", true,
            b -> b.parkStatus() == null ? null : "report.basic.parkStatus." + b.parkStatus().name());

    private final String labelKey;
    private final boolean translated;
    private final Function<BasicInformation, String> value;

    BasicField(String labelKey, boolean translated, Function<BasicInformation, String> value) {
        this.labelKey = labelKey;
        this.translated = translated;
        this.value = value;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Whether {@link #valueOf(BasicInformation)} is a translation key (a choice) rather than typed text. */
    public boolean translated() {
        return translated;
    }

    /** The field's value, blank read as absent; a translation key for the choices. */
    public String valueOf(BasicInformation basic) {
        if (basic == null) {
            return null;
        }
        String v = value.apply(basic);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
