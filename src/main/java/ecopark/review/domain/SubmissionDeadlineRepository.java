package ecopark.review.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionDeadlineRepository extends JpaRepository<SubmissionDeadline, Long> {

    Optional<SubmissionDeadline> findByReportYear(int reportYear);

    List<SubmissionDeadline> findAllByOrderByReportYearDesc();
}
