package ecopark.base.filestore;

import java.time.Instant;

/** What a list shows about a stored file. */
public record StoredFileInfo(long id, String fileName, String contentType, long sizeBytes, Instant createdAt,
        String createdBy) {

    static StoredFileInfo of(StoredFile f) {
        return new StoredFileInfo(f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getCreatedAt(),
                f.getCreatedBy());
    }
}
