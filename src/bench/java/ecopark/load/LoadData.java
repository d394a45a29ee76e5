package ecopark.load;

import ecopark.ReportFixtures;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.review.service.ReviewTaskItem;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The load test's people and reports, made through the application's services on a fresh database: staff members with
 * a park and a complete draft each (they edit and save it), a bureau with pairs of reviewers (one takes the
 * preliminary review, one the final sign-off) and parks whose complete reports wait in its inbox, and a few reports
 * taken through the whole review so the public pages and the open API have published forms. Found, not made again,
 * when the database already has them.
 */
final class LoadData {

    static final String PASSWORD = "Lastprobe#4711q";
    /** How many of each the harness asks for (system properties of the server's JVM, set by {@link LoadTest}). */
    static final int STAFF = Integer.getInteger("ecopark.load.staff", 12);
    static final int REVIEWER_PAIRS = Integer.getInteger("ecopark.load.reviewerPairs", 3);
    /** Submitted reports waiting per bureau: more than a reviewer pair approves during the run. */
    static final int WAITING_PER_BUREAU = Integer.getInteger("ecopark.load.waiting", 60);
    static final int MANAGERS = Integer.getInteger("ecopark.load.managers", 4);
    static final int PUBLISHED = 6;
    /** The demo bureau whose rectification registry the demo data fills: the managers' dashboard shows it. */
    static final String DASHBOARD_BUREAU = "长春市生态环境局";
    static final int DRAFT_YEAR = 2025;
    /** Each park reports for 2017–2036 from its statistics of the construction base year 2016, then a new park. */
    static final int FIRST_YEAR = 2017;
    static final int YEARS_PER_PARK = 20;
    private static final PageRequest PAGE = PageRequest.of(0, 50);

    private final ParkAdminService parks;
    private final UserAdminService users;
    private final UserDetailsService accounts;
    private final ReportFixtures fixtures;
    private final ReportWorkflow workflow;
    private final ReviewService review;
    private final JdbcTemplate jdbc;
    private int published;

    LoadData(ConfigurableApplicationContext context) {
        parks = context.getBean(ParkAdminService.class);
        users = context.getBean(UserAdminService.class);
        accounts = context.getBean(UserDetailsService.class);
        fixtures = context.getBean(ReportFixtures.class);
        workflow = context.getBean(ReportWorkflow.class);
        review = context.getBean(ReviewService.class);
        jdbc = context.getBean(JdbcTemplate.class);
    }

    static String staff(int i) {
        return "load_staff_" + i;
    }

    static String manager(int i) {
        return "load_manager_" + i;
    }

    /** The load bureaus' route: their own 初审 and 复核 (no province's route, so no city's 预审). */
    static final List<ReviewStage> STAGES = List.of(ReviewStage.PRELIMINARY, ReviewStage.FINAL);

    static String reviewer(int pair, ReviewStage stage) {
        return "load_rev_" + pair + (stage == ReviewStage.PRELIMINARY ? "_p" : "_f");
    }

    void ensure() {
        Integer existing = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class,
                staff(0));
        if (existing != null && existing > 0) {
            return;
        }
        List<Long> dashboardBureau = jdbc.queryForList("select id from jurisdiction where name = ?", Long.class,
                DASHBOARD_BUREAU);
        SystemActor.run(() -> {
            long bureau = dashboardBureau.isEmpty() ? parks.save(new Jurisdiction(DASHBOARD_BUREAU, "吉林省")).getId()
                    : dashboardBureau.get(0);
            for (int i = 0; i < MANAGERS; i++) {
                users.create(new NewAccount(manager(i), "陈刚", null, AppRole.MANAGER, null, bureau, PASSWORD, false));
            }
        });
        long staffBureau = SystemActor.call(() -> parks.save(new Jurisdiction("负载测试市生态环境局", "吉林省")).getId());
        for (int i = 0; i < STAFF; i++) {
            SignedInUser owner = parkWithStaff(staffBureau, "负载测试园区 " + (i + 1), staff(i));
            fixtures.recordStatistics(owner, 2016, "0.8");
            fixtures.completeReport(owner, DRAFT_YEAR);
        }
        for (int pair = 0; pair < REVIEWER_PAIRS; pair++) {
            int n = pair;
            long bureau = SystemActor.call(() -> {
                long id = parks.save(new Jurisdiction("负载测试审核局 " + (n + 1), "吉林省")).getId();
                for (ReviewStage stage : STAGES) {
                    users.create(new NewAccount(reviewer(n, stage), stage == ReviewStage.PRELIMINARY ? "李明" : "赵静",
                            null, AppRole.REVIEWER, null, id, PASSWORD, false));
                }
                return id;
            });
            List<Long> submitted = submittedReports(bureau, n);
            if (published < PUBLISHED) {
                publish(submitted.subList(0, Math.min(submitted.size(), 2)), n);
            }
        }
    }

    private SignedInUser parkWithStaff(long bureau, String name, String username) {
        SystemActor.run(() -> {
            Park park = new Park(name, bureau);
            park.setProvince("吉林省");
            park.setCity("长春市");
            park.setStreetAddress("卫星路 " + username.length() + name.hashCode() % 1000 + " 号");
            park.setConstructionBaseYear(2016);
            park.setPhone("0431-84630074");
            park.setEmail("load@example.gov.cn");
            long parkId = parks.save(park).getId();
            users.create(new NewAccount(username, "王丽", null, AppRole.STAFF, parkId, null, PASSWORD, false));
        });
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    /** Complete reports of the bureau's parks, submitted: they wait for the preliminary review. */
    private List<Long> submittedReports(long bureau, int pair) {
        List<Long> ids = new ArrayList<>();
        SignedInUser owner = null;
        int year = FIRST_YEAR + YEARS_PER_PARK;
        for (int i = 0; i < WAITING_PER_BUREAU; i++) {
            if (year >= FIRST_YEAR + YEARS_PER_PARK) {
                owner = parkWithStaff(bureau, "负载测试审核园区 " + (pair + 1) + "-" + (i / YEARS_PER_PARK + 1),
                        "load_owner_" + pair + "_" + i / YEARS_PER_PARK);
                fixtures.recordStatistics(owner, 2016, "0.8");
                year = FIRST_YEAR;
            }
            SignedInUser by = owner;
            long id = fixtures.completeReport(by, year++);
            SystemActor.callAs(by, () -> workflow.submit(id));
            ids.add(id);
        }
        return ids;
    }

    /** The whole review of these reports, through the services: published forms for the public pages and API. */
    private void publish(List<Long> reportIds, int pair) {
        SignedInUser first = (SignedInUser) accounts.loadUserByUsername(reviewer(pair, ReviewStage.PRELIMINARY));
        SignedInUser second = (SignedInUser) accounts.loadUserByUsername(reviewer(pair, ReviewStage.FINAL));
        for (long reportId : reportIds) {
            decide(first, ReviewStage.PRELIMINARY, reportId);
            decide(second, ReviewStage.FINAL, reportId);
            published++;
        }
    }

    private void decide(SignedInUser reviewer, ReviewStage stage, long reportId) {
        String task = SystemActor.callAs(reviewer, () -> review.inbox(stage, false, PAGE)).stream()
                .filter(t -> t.reportId() == reportId).map(ReviewTaskItem::taskId).findFirst().orElseThrow();
        SystemActor.callAs(reviewer, () -> {
            review.claim(task);
            review.approve(task, null);
            return null;
        });
    }

    String summary() {
        return STAFF + " staff with a draft each, " + REVIEWER_PAIRS + " reviewer pairs with "
                + (WAITING_PER_BUREAU - 2) + " submitted reports each, " + published + " published by the load data";
    }
}
