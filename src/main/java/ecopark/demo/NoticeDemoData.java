package ecopark.demo;

import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeDraft;
import ecopark.notice.service.NoticeView;
import ecopark.security.SystemActor;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The national office's notice for the 2020 reports, modelled on the real ones (科财函〔2022〕32号: 2021 reports due
 * 2022-05-31; 科财函〔2023〕64号: 2022 reports due 2023-06-30): a parks' and a provinces' deadline, one extra document
 * (碳达峰碳中和实施路径专项报告) and one topic (减污降碳协同增效). Its 文号 is invented and marked 演示. Loaded once: a
 * later start leaves a notice for 2020 as it is, whoever changed it. The 2019 form is not touched. Off in tests
 * ({@code ecopark.demo.annual-notice=false}), where other tests submit 2020 reports without the notice's items.
 */
@Component
@ConditionalOnProperty(name = {"ecopark.demo-data", "ecopark.demo.annual-notice"}, havingValue = "true")
class NoticeDemoData {

    static final int YEAR = 2020;
    static final String DOCUMENT_NUMBER = "科财函〔2021〕00号（演示）";

    private static final Logger log = LoggerFactory.getLogger(NoticeDemoData.class);

    private final AnnualNotices notices;

    NoticeDemoData(AnnualNotices notices) {
        this.notices = notices;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(15)
    public void issueOnFirstStart() {
        SystemActor.run(() -> {
            if (notices.forYear(YEAR).isPresent()) {
                return;
            }
            notices.save(draft());
            log.info("Demo notice {} for the {} reports issued", DOCUMENT_NUMBER, YEAR);
        });
    }

    static NoticeDraft draft() {
        return new NoticeDraft(null, 0, YEAR, DOCUMENT_NUMBER,
                "关于开展国家生态工业示范园区2020年度评价工作的通知（演示）",
                LocalDate.of(2021, 4, 15), LocalDate.of(2021, 5, 31), LocalDate.of(2021, 6, 30),
                List.of(new NoticeView.Deliverable(null, "碳达峰碳中和实施路径专项报告",
                        "Special report on the path to carbon peaking and carbon neutrality", List.of("pdf", "docx"),
                        true)),
                List.of(new NoticeView.Topic(null, "减污降碳协同增效", "Synergy of pollution and carbon reduction",
                        "请说明园区在减污降碳协同增效方面的主要举措、取得的成效（尽量给出数据）和下一步计划。",
                        "Describe the park's main measures for reducing pollution and carbon together, their results "
                                + "(with figures where possible) and the plans for the next stage.", 300)));
    }
}
