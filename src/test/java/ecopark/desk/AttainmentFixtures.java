package ecopark.desk;

import ecopark.ReportFixtures;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkRepository;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import ecopark.park.domain.WaterRegion;
import ecopark.park.service.ParkAdminService;
import ecopark.publication.PublicationFixtures;
import ecopark.publication.domain.Publication;
import ecopark.publication.domain.PublicationRepository;
import ecopark.report.domain.BasicInformation;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.ReviewService;
import ecopark.security.AppRole;
import ecopark.security.SignedInUser;
import ecopark.security.service.UserAdminService;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Published forms in two provinces for the attainment tests (years 4541–4569, ReportFixtures' javadoc), made once per
 * Spring context the way the product makes them: in {@link #YEAR}, Changchun's form (长春市生态环境局, under 吉林省生态环境厅),
 * published and then corrected, so that one superseded and one current form exist; a second park under Changchun's
 * city bureau ({@value #SECOND_PARK}, made here with its staff account); and the Tianjin park (天津市生态环境局, a
 * municipality at provincial level). {@link #EMPTY_YEAR} has no form at all.
 */
@Component
public class AttainmentFixtures {

    public static final int YEAR = 4541;
    public static final int EMPTY_YEAR = 4569;
    public static final String SECOND_PARK = "达标测试园区";
    static final String SECOND_STAFF = "attain_staff";

    /** The current publications of {@link #YEAR}, and Changchun's superseded one. */
    public record Forms(Publication changchun, Publication changchunSuperseded, Publication second,
            Publication tianjin) {

        public List<Publication> jilin() {
            return List.of(changchun, second);
        }
    }

    private final ReportFixtures reports;
    private final PublicationFixtures publications;
    private final ReportService reportService;
    private final ReportWorkflow workflow;
    private final ReviewService review;
    private final ParkAdminService parkAdmin;
    private final ParkRepository parks;
    private final UserAdminService users;
    private final UserDetailsService accounts;
    private final PublicationRepository publicationRows;
    private Forms forms;

    AttainmentFixtures(ReportFixtures reports, PublicationFixtures publications, ReportService reportService,
            ReportWorkflow workflow, ReviewService review, ParkAdminService parkAdmin, ParkRepository parks,
            UserAdminService users, UserDetailsService accounts, PublicationRepository publicationRows) {
        this.publicationRows = publicationRows;
        this.reports = reports;
        this.publications = publications;
        this.reportService = reportService;
        this.workflow = workflow;
        this.review = review;
        this.parkAdmin = parkAdmin;
        this.parks = parks;
        this.users = users;
        this.accounts = accounts;
    }

    public synchronized Forms forms() {
        if (forms == null) {
            forms = publish();
        }
        return forms;
    }

    private Forms publish() {
        // Changchun: published, then corrected (the correction supersedes the first form)
        long changchunReport = reports.completeReport(YEAR);
        publications.submitAndApprove(changchunReport);
        Publication first = publications.currentPublicationOf(changchunReport);
        publications.as("cc_staff", () -> {
            workflow.startCorrection(changchunReport);
            return null;
        });
        publications.submitAndApprove(changchunReport);
        Publication corrected = publications.currentPublicationOf(changchunReport);

        // A second park under 长春市生态环境局, reviewed by Changchun's reviewers
        SignedInUser secondStaff = secondPark();
        reports.recordStatistics(secondStaff, 2016, "0.8"); // its construction base year
        long secondReport = reports.completeReport(secondStaff, YEAR);
        fillBasicInformation(secondStaff, secondReport, SECOND_PARK, "吉林省长春市测试大街 1 号", "130033",
                ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE);
        publish(secondStaff, secondReport, "cc_reviewer1", "cc_reviewer2");

        // Tianjin, at provincial level, reviewed by its own bureau
        SignedInUser tianjinStaff = user("tj_staff");
        reports.recordStatistics(tianjinStaff, 2008, "0.7"); // Tianjin's construction base year
        long tianjinReport = reports.completeReport(tianjinStaff, YEAR);
        fillBasicInformation(tianjinStaff, tianjinReport, "天津经济技术开发区", "滨海新区第三大街 19 号", "300457",
                ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE);
        publish(tianjinStaff, tianjinReport, "tj_reviewer", "tj_reviewer2");

        return new Forms(corrected, publicationRows.findById(first.getId()).orElseThrow(),
                publications.currentPublicationOf(secondReport),
                publications.currentPublicationOf(tianjinReport));
    }

    private SignedInUser secondPark() {
        Park park = parks.findAll().stream().filter(p -> p.getName().equals(SECOND_PARK)).findFirst()
                .orElseGet(() -> publications.as("admin", () -> {
                    long city = parks.findAll().stream().filter(p -> p.getName().equals("长春经济技术开发区"))
                            .findFirst().orElseThrow().getJurisdictionId();
                    Park p = new Park(SECOND_PARK, city);
                    p.setProvince("吉林省");
                    p.setCity("长春市");
                    p.setStreetAddress("长春市测试大街 1 号");
                    p.setPostcode("130033");
                    p.setLevel(ParkLevel.NATIONAL);
                    p.setType(ParkType.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE);
                    p.setPhone("0431-84630000");
                    p.setEmail("attain@example.cn");
                    p.setStatus(ParkStatus.NAMED);
                    p.setConstructionBaseYear(2016);
                    p.setWaterRegion(WaterRegion.WATER_SCARCE_CITY);
                    return parkAdmin.save(p);
                }));
        if (publications.as("admin", () -> users.allUsers().stream()
                .noneMatch(u -> u.getUsername().equals(SECOND_STAFF)))) {
            publications.as("admin", () -> users.create(SECOND_STAFF, "达标测试员", AppRole.STAFF, park.getId(), null,
                    "Attain#Fixture-2026"));
        }
        return user(SECOND_STAFF);
    }

    private void fillBasicInformation(SignedInUser staff, long reportId, String name, String address,
            String postcode, ParkType type) {
        publications.as(staff.getUsername(), () -> {
            ReportDraft draft = ReportDraft.of(reportService.get(reportId));
            BasicInformation basic = new BasicInformation(name, address, postcode, ParkLevel.NATIONAL, type, null,
                    "022-25201234", "attain@example.cn", ParkStatus.NAMED);
            return reportService.saveDraft(reportId, new ReportDraft(draft.expectedVersion(), basic,
                    draft.narratives()));
        });
    }

    private void publish(SignedInUser staff, long reportId, String preliminary, String sign) {
        publications.as(staff.getUsername(), () -> {
            var problems = workflow.submissionProblems(reportId);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Report " + reportId + " cannot be submitted: " + problems);
            }
            return workflow.submit(reportId);
        });
        approve(preliminary, reportId, ReviewStage.PRELIMINARY);
        approve(sign, reportId, ReviewStage.FINAL);
    }

    private void approve(String reviewer, long reportId, ReviewStage stage) {
        String task = publications.as(reviewer, () -> review.inbox(stage, false, PageRequest.of(0, 500)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow(() -> new IllegalStateException(
                        "No " + stage + " task of report " + reportId + " for " + reviewer)).taskId());
        publications.as(reviewer, () -> {
            review.claim(task);
            review.approve(task, null);
            return null;
        });
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
