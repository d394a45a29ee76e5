package ecopark.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.process.ProcessDefinitions;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.process.ReviewProcess;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The route as data (issue 16) on a hierarchy of its own per test — a province, a city bureau under it and a park
 * under the city — so that no other test's park changes route: the default route (the province's 初审 and 复核,
 * four eyes), a province's route with the city's 预审, the route a report in review keeps when an administrator adds
 * the city stage, acting at one's own stage only, and a process started on the definition before the route became
 * data finishing on it. Report years 4431–4469.
 */
@ApplicationTest
class ReviewRouteTest {

    private static final String PASSWORD = "Gr33n-Park!";
    private static final AtomicInteger YEARS = new AtomicInteger(4431);

    @Autowired ParkAdminService parkAdmin;
    @Autowired UserAdminService userAdmin;
    @Autowired UserDetailsService accounts;
    @Autowired ReportFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReviewService review;
    @Autowired ReviewRouteService routes;
    @Autowired ReviewDiagrams diagrams;
    @Autowired ReviewRecords records;
    @Autowired ActingUsers acting;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ProcessDefinitions definitions;

    /** A province, a city under it and a park under the city, with the park's staff and two reviewers of each. */
    record Tree(long province, String provinceName, long city, String cityName, String staff, String city1,
            String city2, String prov1, String prov2) {
    }

    private Tree tree(boolean withCity) {
        long n = System.nanoTime() % 10_000_000;
        return SystemActor.call(() -> {
            Jurisdiction province = parkAdmin.save(new Jurisdiction("路线测试省生态环境厅" + n, "吉林省",
                    JurisdictionLevel.PROVINCIAL, null));
            Jurisdiction city = withCity ? parkAdmin.save(new Jurisdiction("路线测试市生态环境局" + n, "吉林省",
                    JurisdictionLevel.CITY, province.getId())) : province;
            Park p = new Park("路线测试经济开发区" + n, city.getId());
            p.setProvince("吉林省");
            p.setCity("白山市");
            p.setStreetAddress("浑江大街 1 号");
            p.setConstructionBaseYear(2016);
            p.setPhone("0439-3222123");
            p.setEmail("rt@example.gov.cn");
            Park park = parkAdmin.save(p);
            String staff = account("rt_st_" + n, "王芳", AppRole.STAFF, park.getId(), null);
            fixtures.recordStatistics((SignedInUser) accounts.loadUserByUsername(staff), 2016, "0.8");
            return new Tree(province.getId(), province.getName(), city.getId(), city.getName(), staff,
                    account("rt_c1_" + n, "城一", AppRole.REVIEWER, null, city.getId()),
                    account("rt_c2_" + n, "城二", AppRole.REVIEWER, null, city.getId()),
                    account("rt_p1_" + n, "省一", AppRole.REVIEWER, null, province.getId()),
                    account("rt_p2_" + n, "省二", AppRole.REVIEWER, null, province.getId()));
        });
    }

    private String account(String username, String name, AppRole role, Long parkId, Long jurisdictionId) {
        userAdmin.create(new NewAccount(username, name, null, role, parkId, jurisdictionId, PASSWORD, false));
        return username;
    }

    private long submitted(Tree t) {
        long report = fixtures.completeReport((SignedInUser) accounts.loadUserByUsername(t.staff()),
                YEARS.getAndIncrement());
        acting.as(t.staff(), () -> workflow.submit(report));
        return report;
    }

    private ReviewTaskItem taskOf(String reviewer, long report) {
        return acting.as(reviewer, () -> review.inbox(null, false, PageRequest.of(0, 100)).stream()
                .filter(i -> i.reportId() == report).findFirst().orElseThrow());
    }

    private boolean sees(String reviewer, long report) {
        return acting.as(reviewer, () -> review.inbox(null, false, PageRequest.of(0, 100)).stream()
                .anyMatch(i -> i.reportId() == report));
    }

    private void approve(String reviewer, String task) {
        acting.as(reviewer, () -> review.claim(task));
        acting.as(reviewer, () -> review.approve(task, null));
    }

    private ReportStatus status(long report) {
        return SystemActor.call(() -> reports.get(report).getStatus());
    }

    private void setRoute(Tree t, boolean cityPreReview) {
        acting.as("admin", () -> {
            ProvinceRoute now = routes.routes().stream().filter(r -> r.provinceId() == t.province()).findFirst()
                    .orElseThrow();
            return routes.save(t.province(), now.version(), cityPreReview, 3, 10, 5);
        });
    }

    @Test
    void without_a_route_of_its_own_the_park_s_bureau_reviews_as_before() {
        Tree t = tree(true);
        long report = submitted(t);

        assertThat(sees(t.prov1(), report)).isFalse();
        ReviewTaskItem preliminary = taskOf(t.city1(), report);
        assertThat(preliminary.stage()).isEqualTo(ReviewStage.PRELIMINARY);
        assertThat(preliminary.stageBureau()).isEqualTo(t.cityName());
        approve(t.city1(), preliminary.taskId());
        approve(t.city2(), taskOf(t.city2(), report).taskId());
        assertThat(status(report)).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void a_route_without_the_city_stage_has_the_province_review_with_four_eyes_and_not_the_city() {
        Tree t = tree(true);
        setRoute(t, false);
        long report = submitted(t);

        assertThat(sees(t.city1(), report)).isFalse();
        ReviewTaskItem preliminary = taskOf(t.prov1(), report);
        assertThat(preliminary.stage()).isEqualTo(ReviewStage.PRELIMINARY);
        assertThat(preliminary.stageBureau()).isEqualTo(t.provinceName());
        approve(t.prov1(), preliminary.taskId());

        ReviewTaskItem signOff = taskOf(t.prov2(), report);
        assertThat(signOff.stage()).isEqualTo(ReviewStage.FINAL);
        // Four eyes at the province: the preliminary approver may not take the sign-off, and the inbox says so.
        assertThat(signOff.mayTake()).isTrue();
        assertThat(taskOf(t.prov1(), report).mayTake()).isFalse();
        assertThatThrownBy(() -> acting.as(t.prov1(), () -> review.claim(signOff.taskId())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("review.error.fourEyes");
        approve(t.prov2(), signOff.taskId());
        assertThat(status(report)).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void with_the_city_stage_the_city_pre_reviews_then_the_province_and_each_acts_at_its_own_stage_only() {
        Tree t = tree(true);
        setRoute(t, true);
        long report = submitted(t);

        ReviewTaskItem pre = taskOf(t.city1(), report);
        assertThat(pre.stage()).isEqualTo(ReviewStage.PRE_REVIEW);
        assertThat(pre.stageBureau()).isEqualTo(t.cityName());
        assertThat(sees(t.prov1(), report)).isFalse();
        // The province reaches the park (its subtree) but cannot decide the city's pre-review.
        assertThatThrownBy(() -> acting.as(t.prov1(), () -> review.claim(pre.taskId())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("review.error.otherStage");
        // Withdrawal works at the route's first stage, whichever it is; resubmission starts the route again.
        acting.as(t.staff(), () -> workflow.withdraw(report));
        assertThat(status(report)).isEqualTo(ReportStatus.DRAFT);
        acting.as(t.staff(), () -> workflow.submit(report));
        ReviewTaskItem again = taskOf(t.city1(), report);
        assertThat(again.stage()).isEqualTo(ReviewStage.PRE_REVIEW);
        approve(t.city1(), again.taskId());
        assertThat(status(report)).isEqualTo(ReportStatus.IN_REVIEW);

        ReviewTaskItem preliminary = taskOf(t.prov1(), report);
        assertThat(preliminary.stage()).isEqualTo(ReviewStage.PRELIMINARY);
        assertThat(sees(t.city2(), report)).isFalse();
        // The city cannot decide the province's preliminary review, nor be handed it.
        assertThatThrownBy(() -> acting.as(t.city2(), () -> review.claim(preliminary.taskId())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("review.error.otherStage");
        acting.as(t.prov1(), () -> review.claim(preliminary.taskId()));
        assertThat(acting.as(t.prov1(), () -> review.handOverCandidates(preliminary.taskId())))
                .extracting(Colleague::username).containsExactly(t.prov2());
        acting.as(t.prov1(), () -> review.approve(preliminary.taskId(), null));
        approve(t.prov2(), taskOf(t.prov2(), report).taskId());
        assertThat(status(report)).isEqualTo(ReportStatus.PUBLISHED);

        // The diagram names the level of each stage.
        ProcessDiagram diagram = acting.as(t.prov1(), () -> diagrams.ofReport(report)).orElseThrow();
        assertThat(diagram.route()).extracting(ProcessDiagram.RouteStep::stage)
                .containsExactly(ReviewStage.PRE_REVIEW, ReviewStage.PRELIMINARY, ReviewStage.FINAL);
        assertThat(diagram.route()).extracting(ProcessDiagram.RouteStep::bureau)
                .containsExactly(t.cityName(), t.provinceName(), t.provinceName());
        // Each bureau's done list has its own decisions.
        assertThat(acting.as(t.city1(), () -> records.done(PageRequest.of(0, 10))).getContent())
                .extracting(ReviewDoneItem::stage, ReviewDoneItem::stageBureau)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReviewStage.PRE_REVIEW, t.cityName()));
        assertThat(acting.as(t.prov2(), () -> records.done(PageRequest.of(0, 10))).getContent())
                .extracting(ReviewDoneItem::stage).containsExactly(ReviewStage.FINAL);
    }

    @Test
    void a_report_in_review_keeps_its_route_when_the_administrator_adds_the_city_stage_the_next_one_passes_it() {
        Tree t = tree(true);
        setRoute(t, false);
        long inFlight = submitted(t);
        ReviewTaskItem preliminary = taskOf(t.prov1(), inFlight);
        acting.as(t.prov1(), () -> review.claim(preliminary.taskId()));

        setRoute(t, true);
        long next = submitted(t);

        assertThat(taskOf(t.city1(), next).stage()).isEqualTo(ReviewStage.PRE_REVIEW);
        assertThat(sees(t.prov1(), next)).isFalse();
        acting.as(t.prov1(), () -> review.approve(preliminary.taskId(), null));
        approve(t.prov2(), taskOf(t.prov2(), inFlight).taskId());
        assertThat(status(inFlight)).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(sees(t.city1(), inFlight)).isFalse();
    }

    @Test
    void a_route_refuses_due_days_outside_the_limits_and_a_city_bureau() {
        Tree t = tree(true);
        assertThatThrownBy(() -> acting.as("admin", () -> routes.save(t.province(), null, true, 0, 10, 5)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("route.preReviewDays.error");
        assertThatThrownBy(() -> acting.as("admin", () -> routes.save(t.province(), null, true, 3, 61, 5)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("route.preliminaryDays.error");
        assertThatThrownBy(() -> acting.as("admin", () -> routes.save(t.city(), null, true, 3, 10, 5)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("route.error.notProvince");
        assertThat(acting.as("admin", () -> routes.routes())).filteredOn(r -> r.provinceId() == t.province())
                .singleElement().satisfies(r -> {
                    assertThat(r.configured()).isFalse();
                    assertThat(r.cities()).containsExactly(t.cityName());
                });
    }

    @Test
    void a_process_started_on_the_definition_before_the_route_finishes_on_it() throws Exception {
        Tree t = tree(false);
        byte[] before = Files.readAllBytes(Path.of("src/test/resources/processes-v1/annual-report-review.bpmn20.xml"));
        repository.createDeployment().name(ProcessDefinitions.DEPLOYMENT_NAME)
                .addBytes("annual-report-review.bpmn20.xml", before).deploy();
        long report;
        try {
            report = submitted(t);
        } finally {
            definitions.deploy(); // the current files again: the newest version from here on
        }
        String definition = runtime.createProcessInstanceQuery().processInstanceBusinessKey("report:" + report)
                .singleResult().getProcessDefinitionId();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ReviewProcess.PROCESS_KEY)
                .latestVersion().singleResult().getId()).isNotEqualTo(definition);

        approve(t.prov1(), taskOf(t.prov1(), report).taskId());
        ReviewTaskItem signOff = taskOf(t.prov2(), report);
        assertThat(signOff.stage()).isEqualTo(ReviewStage.FINAL);
        approve(t.prov2(), signOff.taskId());
        assertThat(status(report)).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(history.createHistoricActivityInstanceQuery().activityId("enterFinal").list()
                .stream().anyMatch(a -> a.getProcessDefinitionId().equals(definition))).isTrue();
    }
}
