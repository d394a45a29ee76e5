package ecopark.rectification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    List<DeadlineExtension> findByTaskIdOrderByIdDesc(Long taskId);

    Optional<DeadlineExtension> findFirstByTaskIdAndStatus(Long taskId, DeadlineExtension.Decision status);
}
