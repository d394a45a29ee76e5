package ecopark.report.service;

import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import java.util.EnumMap;
import java.util.Map;

/** The form as it stood at one submission: sections 一 and 二. Stored as JSON in a {@code ReportRevision}. */
public record ReportSnapshot(
        long reportId,
        long parkId,
        int year,
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

    static ReportSnapshot of(AnnualReport r) {
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection s : NarrativeSection.values()) {
            texts.put(s, r.narrative(s) == null ? "" : r.narrative(s));
        }
        return new ReportSnapshot(r.getId(), r.getParkId(), r.getYear(), r.getParkName(), r.getPostalAddress(),
                r.getPostcode(), r.getLevel(), r.getType(), r.getTypeNote(), r.getPhone(), r.getEmail(),
                r.getParkStatus(), texts);
    }
}
