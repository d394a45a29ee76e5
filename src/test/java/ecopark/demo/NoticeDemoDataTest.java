package ecopark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's notice for the 2020 reports is issued once with its deadlines, document and topic, and a second start
 * leaves it alone. Run in a transaction that is rolled back: the tests' demo data has no notice (other tests submit
 * 2020 reports without its items).
 */
@ApplicationTest
class NoticeDemoDataTest {

    @Autowired AnnualNotices notices;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void the_2020_notice_is_issued_once_and_a_second_start_changes_nothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            NoticeDemoData loader = new NoticeDemoData(notices);
            loader.issueOnFirstStart();
            NoticeView first = SystemActor.call(() -> notices.forYear(2020)).orElseThrow();
            loader.issueOnFirstStart();
            NoticeView second = SystemActor.call(() -> notices.forYear(2020)).orElseThrow();

            assertThat(second.revision()).isEqualTo(first.revision()).isEqualTo(1);
            assertThat(first.documentNumber()).contains("演示");
            assertThat(first.parksDeadline()).isEqualTo(LocalDate.of(2021, 5, 31));
            assertThat(first.provincesDeadline()).isEqualTo(LocalDate.of(2021, 6, 30));
            assertThat(first.deliverables()).extracting(NoticeView.Deliverable::nameZh)
                    .containsExactly("碳达峰碳中和实施路径专项报告");
            assertThat(first.topics()).extracting(NoticeView.Topic::title).containsExactly("减污降碳协同增效");
            // The 2019 form's year has no notice: its published form stays as it was.
            assertThat(SystemActor.call(() -> notices.forYear(2019))).isEmpty();
        });
    }
}
