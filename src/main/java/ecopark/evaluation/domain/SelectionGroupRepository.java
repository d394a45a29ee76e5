package ecopark.evaluation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelectionGroupRepository extends JpaRepository<SelectionGroup, Long> {

    @EntityGraph(attributePaths = "indicatorIds")
    List<SelectionGroup> findByStandardIdOrderByCode(long standardId);
}
