package ecopark.publication.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationDocumentRepository extends JpaRepository<PublicationDocument, Long> {

    Optional<PublicationDocument> findByPublicationIdAndKindAndSuperseded(long publicationId, String kind,
            boolean superseded);

    long countByPublicationIdAndKind(long publicationId, String kind);
}
