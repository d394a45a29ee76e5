package ecopark.base.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, long subjectId);

    Page<AuditEntry> findAllByOrderByIdDesc(Pageable pageable);
}
