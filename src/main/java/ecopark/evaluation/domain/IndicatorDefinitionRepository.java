package ecopark.evaluation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorDefinitionRepository extends JpaRepository<IndicatorDefinition, Long> {

    @EntityGraph(attributePaths = "statistics")
    List<IndicatorDefinition> findByStandardIdOrderBySortOrder(long standardId);
}
