package ecopark.forwarding.service;

/**
 * A province's row on the national office's list for a year.
 *
 * @param latest the newest version it sent, null when it sent none
 * @param versions how many versions it sent for the year
 */
public record ProvinceReceipt(long provinceId, String provinceName, ReceiptStatus status, PackageRecord latest,
        int versions) {
}
