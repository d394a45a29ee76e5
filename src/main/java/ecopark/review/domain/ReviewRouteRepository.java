package ecopark.review.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRouteRepository extends JpaRepository<ReviewRoute, Long> {

    Optional<ReviewRoute> findByProvinceId(long provinceId);
}
