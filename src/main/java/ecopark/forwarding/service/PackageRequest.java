package ecopark.forwarding.service;

import java.util.Map;

/**
 * What the provincial manager fills in before sending: the cover letter's number and contact, and a reason for each
 * park without a form (by park id). The letter's date is today (Beijing).
 */
public record PackageRequest(int reportYear, String letterNumber, String contactName, String contactPhone,
        String contactEmail, Map<Long, String> reasons) {

    public PackageRequest {
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
    }
}
