package ecopark.base.filestore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a stored file, in their own row so that file lists never load them. */
@Entity
@Table(name = "stored_file_content")
class StoredFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected StoredFileContent() {
    }

    StoredFileContent(Long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
