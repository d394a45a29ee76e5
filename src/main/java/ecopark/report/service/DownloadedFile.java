package ecopark.report.service;

/** A file handed to a user who may see it. */
public record DownloadedFile(String fileName, String contentType, byte[] content) {
}
