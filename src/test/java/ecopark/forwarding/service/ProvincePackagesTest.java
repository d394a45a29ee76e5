package ecopark.forwarding.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.HierarchyFixtures;
import ecopark.ReportFixtures;
import ecopark.TestClock;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.filestore.SampleFiles;
import ecopark.forwarding.domain.PackageStatus;
import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeDraft;
import ecopark.notice.service.NoticeView;
import ecopark.notification.service.Notifications;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.ParkRepository;
import ecopark.publication.PublicationFixtures;
import ecopark.report.service.ReportAttachmentService;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.domain.AppUser;
import ecopark.security.domain.AppUserRepository;
import ecopark.signature.service.FoundSignature;
import ecopark.signature.service.SignatureVerifier;
import ecopark.signature.service.SigningCredentials;
import ecopark.signature.service.VerificationResult;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 汇总报送 as Jilin's manager (the province above Changchun's city bureau) and the national office use it: the preview
 * takes the city's park, the sent PDF is signed by the province and fails when a byte changes, late against the
 * notice's deadline, the refusals, a return with comment and the second version. Report years 4501–4539.
 */
@ApplicationTest
class ProvincePackagesTest {

    @Autowired ProvincePackages packages;
    @Autowired HierarchyFixtures hierarchy;
    @Autowired NoticeFixtures noticeFixtures;
    @Autowired AnnualNotices notices;
    @Autowired ReportFixtures reports;
    @Autowired PublicationFixtures publications;
    @Autowired ReportAttachmentService attachments;
    @Autowired SigningCredentials credentials;
    @Autowired SignatureVerifier verifier;
    @Autowired Notifications notifications;
    @Autowired AuditTrail audit;
    @Autowired ParkRepository parks;
    @Autowired JurisdictionRepository jurisdictions;
    @Autowired AppUserRepository users;
    @Autowired TransactionTemplate transaction;
    @Autowired ActingUsers acting;
    @Autowired TestClock clock;

    private HierarchyFixtures.Tree tree;

    @BeforeEach
    void setUp() {
        tree = hierarchy.tree();
        SystemActor.call(credentials::giveTestCertificatesToProvinces);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private NoticeView issue(int year, LocalDate provincesDeadline, boolean deliverable) {
        return SystemActor.callAs(noticeFixtures.nationalManager(), () -> notices.save(new NoticeDraft(null, 0, year,
                "科财函〔" + (year + 1) + "〕" + (year % 100) + "号（测试）", "关于开展" + year + "年度评价工作的通知（测试）",
                provincesDeadline.minusDays(90), provincesDeadline.minusDays(30), provincesDeadline,
                deliverable ? List.of(new NoticeView.Deliverable(null, "碳达峰碳中和实施路径专项报告", "Carbon report",
                        List.of("pdf"), true)) : List.of(), List.of())));
    }

    private <T> T province(java.util.function.Supplier<T> work) {
        return acting.as(HierarchyFixtures.PROVINCE_MANAGER, work);
    }

    private <T> T nation(java.util.function.Supplier<T> work) {
        return acting.as(HierarchyFixtures.NATIONAL_MANAGER, work);
    }

    private long park(String name) {
        return parks.findAll().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private PackageRequest request(int year, PackagePreview preview) {
        Map<Long, String> reasons = new HashMap<>();
        preview.missing().forEach(m -> reasons.put(m.parkId(), m.suggestedReason()));
        return new PackageRequest(year, "吉环函〔" + (year + 1) + "〕1号", "王敏", "0431-88888888", "wangmin@example.cn",
                reasons);
    }

    @Test
    void the_province_sends_its_cities_forms_signed_the_national_office_returns_it_and_version_two_follows() {
        int year = 4501;
        NoticeView notice = issue(year, LocalDate.of(year + 1, 6, 30), true);
        long report = reports.completeReport(year);
        acting.as("cc_staff", () -> attachments.uploadDeliverable(report, notice.deliverables().get(0).id(),
                "专项报告.pdf", SampleFiles.pdf()));
        publications.submitAndApprove(report);
        long changchun = park("长春经济技术开发区");

        PackagePreview preview = province(() -> packages.preview(tree.province(), year));
        assertThat(preview.forms()).singleElement().satisfies(f -> {
            assertThat(f.parkId()).isEqualTo(changchun);
            assertThat(f.revision()).isEqualTo(1);
            assertThat(f.contentHash()).hasSize(64);
            assertThat(f.deliverables()).singleElement().satisfies(d -> assertThat(d.present()).isTrue());
        });
        assertThat(preview.missing()).extracting(PackagePreview.MissingCandidate::parkId)
                .doesNotContain(changchun, park("苏州高新技术产业开发区"));

        // A missing park needs a reason; nothing is kept when one is blank
        if (!preview.missing().isEmpty()) {
            long first = preview.missing().get(0).parkId();
            PackageRequest blank = request(year, preview);
            Map<Long, String> reasons = new HashMap<>(blank.reasons());
            reasons.put(first, " ");
            assertThatThrownBy(() -> province(() -> packages.send(tree.province(), new PackageRequest(year,
                    blank.letterNumber(), blank.contactName(), blank.contactPhone(), blank.contactEmail(), reasons))))
                    .isInstanceOfSatisfying(FieldProblemsException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("reason." + first));
            assertThat(province(() -> packages.history(tree.province(), year))).isEmpty();
        }

        PackageRecord sent = province(() -> packages.send(tree.province(), request(year, preview)));
        assertThat(sent.sequence()).isEqualTo(1);
        assertThat(sent.status()).isEqualTo(PackageStatus.SENT);
        assertThat(sent.late()).isFalse();
        assertThat(sent.letterDate()).isEqualTo(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        assertThat(sent.forms()).extracting(PackageRecord.Form::parkId).containsExactly(changchun);

        PackageFile pdf = province(() -> packages.bundle(sent.id()));
        VerificationResult verified = verifier.verify(pdf.content());
        assertThat(verified.signed()).isTrue();
        FoundSignature signature = verified.signatures().get(0);
        assertThat(signature.unchangedSinceSigning()).isTrue();
        assertThat(signature.pades()).isTrue();
        assertThat(signature.knownSigner().jurisdictionId()).isEqualTo(tree.province());
        assertThat(signature.reason()).isEqualTo("汇总报送 " + year + " 年度评价报告");
        assertThat(verified.sha256()).isEqualTo(sent.bundleSha256());
        byte[] changed = pdf.content().clone();
        changed[changed.length / 3] ^= 0x01;
        assertThat(verifier.verify(changed).signatures()).allSatisfy(s -> assertThat(s.unchangedSinceSigning())
                .isFalse());
        assertThat(nation(() -> packages.summary(sent.id())).content()).startsWith((byte) 'P', (byte) 'K');

        // Sent and not returned: the province cannot send again
        assertThatThrownBy(() -> province(() -> packages.send(tree.province(), request(year, preview))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("forwarding.error.alreadySent"));

        assertThat(nation(() -> packages.received(year))).filteredOn(r -> r.provinceId() == tree.province())
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ReceiptStatus.RECEIVED);
                    assertThat(r.latest().forms()).hasSize(1);
                });

        // The national office returns it: a comment is required; the province's managers are told
        assertThatThrownBy(() -> nation(() -> packages.returnPackage(sent.id(), "  ")))
                .isInstanceOf(FieldProblemsException.class);
        int bells = province(() -> notifications.recent(200)).size();
        PackageRecord returned = nation(() -> packages.returnPackage(sent.id(), "缺少长春经开区专项报告的盖章版"));
        assertThat(returned.status()).isEqualTo(PackageStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("缺少长春经开区专项报告的盖章版");
        assertThat(province(() -> notifications.recent(200))).hasSize(bells + 1).first()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notification.forwarding.returned"));
        assertThat(nation(() -> packages.received(year))).filteredOn(r -> r.provinceId() == tree.province())
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ReceiptStatus.RETURNED));
        assertThatThrownBy(() -> nation(() -> packages.returnPackage(sent.id(), "再次退回")))
                .isInstanceOf(BusinessRuleException.class);

        PackageRecord second = province(() -> packages.send(tree.province(),
                request(year, province(() -> packages.preview(tree.province(), year)))));
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(province(() -> packages.history(tree.province(), year))).extracting(PackageRecord::sequence,
                PackageRecord::status).containsExactly(org.assertj.core.groups.Tuple.tuple(2, PackageStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple(1, PackageStatus.RETURNED));
        assertThat(province(() -> packages.bundle(sent.id())).content()).isEqualTo(pdf.content());
        assertThat(audit.of(AuditSubject.PROVINCE_PACKAGE, sent.id())).extracting(e -> e.getAction())
                .contains("PACKAGE_SENT", "PACKAGE_DOWNLOADED", "PACKAGE_RETURNED");
    }

    @Test
    void a_package_after_the_provinces_deadline_is_late_and_the_others_are_missing() {
        int year = 4502;
        LocalDate deadline = LocalDate.of(year + 1, 6, 30);
        issue(year, deadline, false);
        clock.setTo(deadline.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        PackagePreview preview = province(() -> packages.preview(tree.province(), year));
        assertThat(preview.forms()).isEmpty();
        assertThat(preview.missing()).extracting(PackagePreview.MissingCandidate::parkId)
                .contains(park("长春经济技术开发区"));
        assertThat(preview.missing()).filteredOn(m -> m.parkId() == park("长春经济技术开发区")).singleElement()
                .satisfies(m -> assertThat(m.suggestedReason()).isEqualTo("未开始编写"));

        PackageRecord sent = province(() -> packages.send(tree.province(), request(year, preview)));

        assertThat(sent.late()).isTrue();
        List<ProvinceReceipt> received = nation(() -> packages.received(year));
        assertThat(received).filteredOn(r -> r.provinceId() == tree.province()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReceiptStatus.LATE));
        assertThat(received).filteredOn(r -> r.provinceId() == tree.province()).singleElement()
                .satisfies(r -> assertThat(r.overdue()).as("sent, if late").isFalse());
        assertThat(received).filteredOn(r -> r.provinceId() != tree.province())
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(ReceiptStatus.MISSING);
                    assertThat(r.overdue()).as("nothing sent after the deadline").isTrue();
                });
    }

    @Test
    void refusals_no_notice_no_certificate_and_nobody_but_the_provinces_own_manager() {
        assertThatThrownBy(() -> province(() -> packages.preview(tree.province(), 4503)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("forwarding.error.noNotice"));
        issue(4504, LocalDate.of(4505, 6, 30), false);
        for (String other : List.of("cc_manager", "sz_manager", HierarchyFixtures.NATIONAL_MANAGER,
                HierarchyFixtures.PROVINCE_REVIEWER, "cc_staff", "admin")) {
            assertThat(acting.as(other, () -> packages.mayPrepare(tree.province()))).as(other).isFalse();
            assertThatThrownBy(() -> acting.as(other, () -> packages.preview(tree.province(), 4504))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(other, () -> packages.send(tree.province(),
                    new PackageRequest(4504, "x", "x", "x", null, Map.of())))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String other : List.of("cc_manager", "sz_manager", HierarchyFixtures.PROVINCE_MANAGER, "admin")) {
            assertThat(acting.as(other, packages::mayReceive)).as(other).isFalse();
            assertThatThrownBy(() -> acting.as(other, () -> packages.received(4504))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(province(() -> packages.mayPrepare(tree.province()))).isTrue();
        assertThat(nation(packages::mayReceive)).isTrue();

        // A province without a signing certificate is told so; nothing is kept
        long bare = transaction.execute(status -> {
            Jurisdiction j = jurisdictions.save(new Jurisdiction("无证书省生态环境厅（测试）", "无证书省",
                    JurisdictionLevel.PROVINCIAL, tree.nation()));
            AppUser user = new AppUser("pk_bare_manager", users.findByUsername("cc_staff").orElseThrow()
                    .getPasswordHash(), "无证书省管理员", AppRole.MANAGER);
            user.assign(AppRole.MANAGER, null, j.getId());
            users.save(user);
            return j.getId();
        });
        assertThatThrownBy(() -> acting.as("pk_bare_manager", () -> packages.send(bare,
                new PackageRequest(4504, "无证〔4505〕1号", "李明", "13800000000", null, Map.of()))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("forwarding.error.noCertificate"));
        assertThat(acting.as("pk_bare_manager", () -> packages.history(bare, 4504))).isEmpty();
    }
}
