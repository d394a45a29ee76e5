package ecopark.evaluation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardVersionRepository extends JpaRepository<StandardVersion, Long> {

    Optional<StandardVersion> findFirstByActiveTrueOrderByIdDesc();

    Optional<StandardVersion> findByCode(String code);

    List<StandardVersion> findAllByOrderByIdAsc();
}
