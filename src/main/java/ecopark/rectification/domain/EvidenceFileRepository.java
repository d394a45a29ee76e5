package ecopark.rectification.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByTaskIdOrderByIdAsc(Long taskId);

    long countByTaskId(Long taskId);
}
