package ecopark.evaluation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorCategoryRepository extends JpaRepository<IndicatorCategory, Long> {

    List<IndicatorCategory> findByStandardIdOrderBySortOrder(long standardId);
}
