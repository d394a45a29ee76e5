package ecopark.review.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCopyRepository extends JpaRepository<ReviewCopy, Long> {

    Page<ReviewCopy> findByRecipientAndJurisdictionId(String recipient, long jurisdictionId, Pageable pageable);

    long countByRecipientAndJurisdictionIdAndReadAtIsNull(String recipient, long jurisdictionId);

    boolean existsByReportIdAndRevisionNumberAndRecipient(long reportId, int revisionNumber, String recipient);
}
