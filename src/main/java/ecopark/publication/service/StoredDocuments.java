package ecopark.publication.service;

import ecopark.base.filestore.FileStore;
import ecopark.base.filestore.StoredFileInfo;
import ecopark.publication.domain.PublicationDocument;
import ecopark.publication.domain.PublicationDocumentRepository;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.domain.PublicationRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published forms' documents in the file store, each in a short transaction of its own: rendering happens
 * outside any transaction, so no connection waits on it. When two requests (on one node or two) make the same
 * document at once, both render, the unique key lets one insert win, and the other drops its copy (its transaction
 * rolls back, file and all) and serves the winner's: one stored copy, the same bytes everywhere.
 */
@Component
class StoredDocuments {

    static final String CREATED_BY = "system";
    private static final int ATTEMPTS = 3;

    private final PublicationRepository publications;
    private final PublicationDocumentRepository documents;
    private final FileStore files;
    private final Clock clock;
    private final TransactionTemplate read;
    private final TransactionTemplate write;

    StoredDocuments(PublicationRepository publications, PublicationDocumentRepository documents, FileStore files, Clock clock,
            PlatformTransactionManager transactions) {
        this.publications = publications;
        this.documents = documents;
        this.files = files;
        this.clock = clock;
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The publication's list columns and content hash.
     *
     * @throws PublicationNotFoundException if no published form has this id
     */
    Published publication(long publicationId) {
        return read.execute(status -> publications.findById(publicationId)
                .map(p -> new Published(PublicForms.listing(p), p.contentHash()))
                .orElseThrow(() -> new PublicationNotFoundException(publicationId)));
    }

    /** The stored document, if it was made already. */
    Optional<Stored> find(long publicationId, String kind, boolean superseded) {
        return read.execute(status -> documents.findByPublicationIdAndKindAndSuperseded(publicationId, kind, superseded)
                .map(d -> new Stored(d.getFileId(), files.sha256(d.getFileId()))));
    }

    byte[] content(long fileId) {
        return read.execute(status -> files.read(fileId));
    }

    /** Keeps a document just made, unless another request kept one first: answers the one that is kept. */
    Stored keep(long publicationId, String kind, boolean superseded, String fileName, String contentType,
            byte[] content) {
        DataAccessException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return write.execute(status -> {
                    StoredFileInfo file = files.keep(fileName, contentType, content, CREATED_BY);
                    documents.saveAndFlush(new PublicationDocument(publicationId, kind, superseded, file.id(),
                            clock.instant()));
                    return new Stored(file.id(), files.sha256(file.id()));
                });
            } catch (DataAccessException e) {
                // The unique key (or the lock behind it): another request stored this document first.
                lost = e;
                Optional<Stored> winner = find(publicationId, kind, superseded);
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
        }
        throw lost;
    }

    /** A publication's list columns with the content hash of its frozen document. */
    record Published(PublicationListing listing, String contentHash) {
    }

    /** A stored document's file and the SHA-256 of its bytes (its strong ETag). */
    record Stored(long fileId, String sha256) {
    }
}
