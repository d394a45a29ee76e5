package ecopark.notice.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualNoticeRepository extends JpaRepository<AnnualNotice, Long> {

    Optional<AnnualNotice> findByReportYear(int reportYear);

    List<AnnualNotice> findAllByOrderByReportYearDesc();
}
