package ecopark.report.service;

import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the editor sends when saving: sections 一 and 二 of the form, and the version the user started from, so a
 * concurrent change by someone else is detected instead of overwritten.
 */
public record ReportDraft(
        long expectedVersion,
        String parkName,
        String postalAddress,
        String postcode,
        ParkLevel level,
        ParkType type,
        String typeNote,
        String phone,
        String email,
        ParkStatus parkStatus,
        Map<NarrativeSection, String> narratives) {

    public static ReportDraft of(AnnualReport report) {
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            texts.put(section, report.narrative(section) == null ? "" : report.narrative(section));
        }
        return new ReportDraft(report.getVersion(), report.getParkName(), report.getPostalAddress(),
                report.getPostcode(), report.getLevel(), report.getType(), report.getTypeNote(), report.getPhone(),
                report.getEmail(), report.getParkStatus(), texts);
    }

    /** The same draft with other narrative texts (sections not given keep theirs). */
    public ReportDraft withNarratives(Map<NarrativeSection, String> texts) {
        Map<NarrativeSection, String> merged = new EnumMap<>(narratives);
        merged.putAll(texts);
        return new ReportDraft(expectedVersion, parkName, postalAddress, postcode, level, type, typeNote, phone, email,
                parkStatus, merged);
    }

    void applyTo(AnnualReport report) {
        report.setParkName(parkName);
        report.setPostalAddress(postalAddress);
        report.setPostcode(postcode);
        report.setLevel(level);
        report.setType(type);
        report.setTypeNote(type == ParkType.OTHER ? typeNote : null);
        report.setPhone(phone);
        report.setEmail(email);
        report.setParkStatus(parkStatus);
        narratives.forEach(report::setNarrative);
    }
}
