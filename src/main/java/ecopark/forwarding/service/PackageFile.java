package ecopark.forwarding.service;

/** A package's file handed to someone who may read it: the signed PDF or the workbook. */
public record PackageFile(String fileName, String contentType, byte[] content) {
}
