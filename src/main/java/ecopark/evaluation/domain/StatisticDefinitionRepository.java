package ecopark.evaluation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatisticDefinitionRepository extends JpaRepository<StatisticDefinition, Long> {

    List<StatisticDefinition> findAllByOrderBySortOrder();
}
