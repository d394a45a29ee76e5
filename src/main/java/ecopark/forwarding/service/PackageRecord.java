package ecopark.forwarding.service;

import ecopark.forwarding.domain.PackageStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One sent version of a province's package, as the province and the national office read it.
 *
 * @param sequence 1 for the first sending of the year, one more for each sending after a return
 * @param late sent after the notice's provinces' deadline (Beijing date)
 * @param returnedAt null unless the national office returned it; then also who and why
 */
public record PackageRecord(long id, long provinceId, String provinceName, int reportYear, int sequence,
        String letterNumber, LocalDate letterDate, String contactName, String contactPhone, String contactEmail,
        PackageStatus status, boolean late, Instant sentAt, String sentByName, Instant returnedAt,
        String returnedByName, String returnComment, String bundleSha256, String summarySha256, List<Form> forms,
        List<Missing> missing) {

    public PackageRecord {
        forms = List.copyOf(forms);
        missing = List.copyOf(missing);
    }

    /** A form the package carried. */
    public record Form(long publicationId, long parkId, String parkName, int revision, String contentHash,
            int deliverables) {
    }

    /** A park the package did not carry, and why. */
    public record Missing(long parkId, String parkName, String reason) {
    }
}
