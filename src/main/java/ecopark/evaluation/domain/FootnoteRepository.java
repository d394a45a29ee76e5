package ecopark.evaluation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FootnoteRepository extends JpaRepository<Footnote, Long> {

    List<Footnote> findByStandardIdOrderByMark(long standardId);
}
