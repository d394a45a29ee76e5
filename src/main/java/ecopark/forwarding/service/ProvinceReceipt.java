package ecopark.forwarding.service;

/**
 * A province's row on the national office's list for a year.
 *
 * @param latest the newest version it sent, null when it sent none
 * @param versions how many versions it sent for the year
 * @param overdue the notice's provinces' deadline has passed (Beijing date) and no package stands: none was sent, or
 *     the last one was returned
 */
public record ProvinceReceipt(long provinceId, String provinceName, ReceiptStatus status, PackageRecord latest,
        int versions, boolean overdue) {
}
