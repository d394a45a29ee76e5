package ecopark.notice.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeNameRepository extends JpaRepository<ProgrammeNameRow, Long> {

    List<ProgrammeNameRow> findAllByOrderByFromYearAsc();
}
