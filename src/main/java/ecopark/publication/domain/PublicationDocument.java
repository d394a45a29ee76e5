package ecopark.publication.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A published form's PDF or Word document, made once and kept in the file store: one per publication, kind and
 * stamp (current, or superseded by a correction).
 */
@Entity
@Table(name = "publication_document")
public class PublicationDocument extends AbstractEntity {

    @Column(name = "publication_id", nullable = false, updatable = false)
    private Long publicationId;

    @Column(nullable = false, updatable = false, length = 10)
    private String kind;

    @Column(nullable = false, updatable = false)
    private boolean superseded;

    @Column(name = "file_id", nullable = false, updatable = false)
    private Long fileId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PublicationDocument() {
    }

    public PublicationDocument(long publicationId, String kind, boolean superseded, long fileId, Instant createdAt) {
        this.publicationId = publicationId;
        this.kind = kind;
        this.superseded = superseded;
        this.fileId = fileId;
        this.createdAt = createdAt;
    }

    public Long getPublicationId() {
        return publicationId;
    }

    public String getKind() {
        return kind;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public Long getFileId() {
        return fileId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
