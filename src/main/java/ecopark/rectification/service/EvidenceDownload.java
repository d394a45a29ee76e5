package ecopark.rectification.service;

/** An evidence file handed to a user who may see its task. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
