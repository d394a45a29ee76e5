package ecopark.review.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    List<CalendarDay> findByDateBetweenOrderByDateAsc(LocalDate first, LocalDate last);

    Optional<CalendarDay> findByDate(LocalDate date);
}
