package ecopark.base.filestore;

import ecopark.base.domain.BusinessRuleException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The product's one file store, in the database. It enforces the size limit ({@link UploadLimit}) and the accepted
 * kinds ({@link FileKind}); it does not decide
 * who may see a file — the feature that owns the file (report attachments, rectification evidence) checks that
 * before calling {@link #read(long)}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class FileStore {

    private final StoredFileRepository files;
    private final StoredFileContentRepository contents;
    private final Clock clock;
    private final UploadLimit limit;

    public FileStore(StoredFileRepository files, StoredFileContentRepository contents, Clock clock,
            UploadLimit limit) {
        this.files = files;
        this.contents = contents;
        this.clock = clock;
        this.limit = limit;
    }

    /** The largest file accepted: the one setting {@code ecopark.upload.max-megabytes}. */
    public DataSize maxSize() {
        return DataSize.ofMegabytes(limit.megabytes());
    }

    /**
     * Stores a file after checking it: not empty, at most {@code ecopark.upload.max-megabytes}, of an accepted kind by name,
     * and with content that really is of that kind
     * (parsed, see {@link FileInspector}); a refusal names the file and the reason.
     */
    public StoredFileInfo store(String fileName, byte[] content, String uploadedBy) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > StoredFile.FILE_NAME_MAX_LENGTH) {
            throw new BusinessRuleException("file.error.name");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file.error.empty", name);
        }
        if (limit.exceeds(content.length)) {
            throw new BusinessRuleException("file.error.tooLarge", name, limit.megabytes());
        }
        FileKind kind = FileKind.byFileName(name)
                .orElseThrow(() -> new BusinessRuleException("file.error.type", name));
        FileInspector.problem(kind, name, content, limit.bytes()).ifPresent(reason -> {
            throw new BusinessRuleException(reason, name);
        });
        StoredFile file = files.saveAndFlush(new StoredFile(name, kind.contentType(), content.length, sha256(content),
                clock.instant(), uploadedBy));
        contents.save(new StoredFileContent(file.getId(), content));
        return StoredFileInfo.of(file);
    }

    /**
     * Keeps a file the product made itself (a published form's PDF, say): not an upload, so neither the size limit
     * nor the upload checks apply.
     */
    public StoredFileInfo keep(String fileName, String contentType, byte[] content, String createdBy) {
        StoredFile file = files.saveAndFlush(new StoredFile(fileName, contentType, content.length, sha256(content),
                clock.instant(), createdBy));
        contents.saveAndFlush(new StoredFileContent(file.getId(), content));
        return StoredFileInfo.of(file);
    }

    /** The SHA-256 of the file's bytes (lower-case hex), read without the bytes. */
    public String sha256(long fileId) {
        return files.findById(fileId).map(StoredFile::getSha256)
                .orElseThrow(() -> new BusinessRuleException("file.error.notFound", fileId));
    }

    public StoredFileInfo info(long fileId) {
        return files.findById(fileId).map(StoredFileInfo::of)
                .orElseThrow(() -> new BusinessRuleException("file.error.notFound", fileId));
    }

    public byte[] read(long fileId) {
        return contents.findById(fileId).map(StoredFileContent::getContent)
                .orElseThrow(() -> new BusinessRuleException("file.error.notFound", fileId));
    }

    public void delete(long fileId) {
        contents.deleteById(fileId);
        files.deleteById(fileId);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
