package ecopark.base.audit;

import ecopark.notice.NoticeFixtures;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeDraft;
import ecopark.notice.service.NoticeView;
import ecopark.base.filestore.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ActingUsers;
import ecopark.ApplicationTest;
import ecopark.ReportFixtures;
import ecopark.base.i18n.TranslationProvider;
import ecopark.evaluation.domain.FootnoteRepository;
import ecopark.evaluation.service.CatalogueAdminService;
import ecopark.evaluation.service.CatalogueService;
import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.SheetEdits;
import ecopark.evaluation.service.SheetImport;
import ecopark.evaluation.service.SheetWorkbook;
import ecopark.evaluation.service.StatisticEdit;
import ecopark.evaluation.service.StatisticsService;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.Park;
import ecopark.park.service.ParkAdminService;
import ecopark.publication.PublicationFixtures;
import ecopark.rectification.RectificationFixtures;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.service.EvidenceService;
import ecopark.rectification.service.LedgerEntry;
import ecopark.rectification.service.NewRound;
import ecopark.rectification.service.TaskCommands;
import ecopark.rectification.service.TaskQueries;
import ecopark.rectification.service.TaskDetail;
import ecopark.rectification.service.TaskEdit;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportAttachmentService;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.ReviewStage;
import ecopark.review.domain.SubmissionDeadline;
import ecopark.review.service.ReviewCopies;
import ecopark.review.service.ReviewService;
import ecopark.review.service.WorkingCalendarService;
import ecopark.security.AppRole;
import ecopark.security.SystemActor;
import ecopark.security.service.AccountChanges;
import ecopark.security.service.AccountService;
import ecopark.security.service.ApiTokenService;
import ecopark.security.service.NewApiToken;
import ecopark.security.service.NewAccount;
import ecopark.security.service.UserAdminService;
import ecopark.signature.service.SigningCredentials;
import ecopark.signature.service.TestKeystores;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls every service method that changes data, as the person who would, and checks that each wrote at least one
 * audit line, of the expected action, that reads in both languages without a raw key or an internal code. A new
 * method that changes data is one more line in {@link #changes()}.
 *
 * <p>Not listed, on purpose: {@code IndicatorSheetService.openSheet} (a step of {@code ReportService.create}, which is
 * recorded), {@code ReportWorkflow.moveTo} (a step of claiming a review, recorded as such), the review listeners
 * {@code ReviewService.onSubmitted/onWithdrawalRequested} and {@code PublicationRecorder.onPublished} (steps of
 * recorded actions), {@code ReviewCopies.open} and {@code Notifications.*} (a reader's own inbox, and messages
 * caused by recorded actions), and successful sign-ins (only the time of the last one is kept). Report years
 * 3301–3319 belong to this class.
 */
@ApplicationTest
class EveryChangeIsAuditedTest {

    private static final Pattern RAW = Pattern.compile("!audit|\\bPRELIMINARY\\b|\\bFINAL\\b|\\br\\d+\\b|\\{\\d");
    private static final Set<String> SELECTED = Set.of("2", "6", "8", "11", "14", "27", "28");
    private static final String PASSWORD = "Audit-Trail#2026";

    @Autowired ActingUsers acting;
    @Autowired ReportFixtures fixtures;
    @Autowired PublicationFixtures publications;
    @Autowired RectificationFixtures rectification;
    @Autowired AuditTrail trail;
    @Autowired ReportService reports;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportAttachmentService attachments;
    @Autowired IndicatorSheetService sheets;
    @Autowired StatisticsService statistics;
    @Autowired SheetImport sheetImport;
    @Autowired SheetWorkbook workbook;
    @Autowired ReviewService review;
    @Autowired TaskCommands registry;
    @Autowired TaskQueries queries;
    @Autowired ReviewCopies copies;
    @Autowired EvidenceService evidence;
    @Autowired ParkAdminService parkAdmin;
    @Autowired UserAdminService userAdmin;
    @Autowired ApiTokenService apiTokens;
    @Autowired AccountService account;
    @Autowired WorkingCalendarService calendar;
    @Autowired ecopark.review.service.ReviewRouteService routes;
    @Autowired CatalogueAdminService catalogueAdmin;
    @Autowired SigningCredentials signingCredentials;
    @Autowired CatalogueService catalogues;
    @Autowired FootnoteRepository footnotes;
    @Autowired ApplicationEventPublisher events;
    @Autowired AuthenticationConfiguration authentication;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NoticeFixtures noticeFixtures;
    @Autowired AnnualNotices notices;

    private final List<String> unaudited = new ArrayList<>();

    @Test
    void every_service_method_that_changes_data_writes_an_audit_line_that_reads_in_both_languages() {
        changes();
        assertThat(unaudited).as("changes without a readable audit line").isEmpty();
    }

    private void changes() {
        // Reports and section 三
        long report = as("cc_staff", () -> reports.create(staffPark(), 3301).getId());
        check("ReportService.create", AuditAction.REPORT_CREATED, () -> as("cc_staff", () -> reports.create(staffPark(), 3302)));
        check("ReportService.saveDraft", AuditAction.REPORT_SAVED, () -> as("cc_staff", () -> reports.saveDraft(report, draft(report))));
        check("ReportService.saveDraft+edits", AuditAction.INDICATOR_VALUES_SAVED, () -> as("cc_staff", () -> reports.saveDraft(report, draft(report), new SheetEdits(Map.of("5", new BigDecimal("7")), Map.of(), null, List.of()))));
        check("IndicatorSheetService.select", AuditAction.INDICATORS_SELECTED, () -> as("cc_staff", () -> sheets.select(report, SELECTED, "与上年度报告保持一致")));
        check("IndicatorSheetService.apply", AuditAction.INDICATOR_VALUES_SAVED, () -> as("cc_staff", () -> sheets.apply(report, new SheetEdits(Map.of("5", new BigDecimal("8")), Map.of("17", true), null, List.of()))));
        check("IndicatorSheetService.apply selection", AuditAction.INDICATORS_SELECTED, () -> as("cc_staff", () -> sheets.apply(report, new SheetEdits(Map.of(), Map.of(), new SheetEdits.Selection(SELECTED, null), List.of()))));
        check("IndicatorSheetService.enterValue", AuditAction.INDICATOR_VALUE_ENTERED, () -> as("cc_staff", () -> sheets.enterValue(report, "19", BigDecimal.ZERO)));
        check("IndicatorSheetService.enterState", AuditAction.INDICATOR_STATE_ENTERED, () -> as("cc_staff", () -> sheets.enterState(report, "18", true)));
        check("IndicatorSheetService.overrideThreshold", AuditAction.THRESHOLD_OVERRIDDEN, () -> as("cc_staff", () -> sheets.overrideThreshold(report, "6", new BigDecimal("0.5"), "汽车制造", new BigDecimal("75"), "汽车制造业占比超过七成")));
        check("IndicatorSheetService.clearOverride", AuditAction.THRESHOLD_OVERRIDE_CLEARED, () -> as("cc_staff", () -> sheets.clearOverride(report, "6")));
        check("StatisticsService.record", AuditAction.STATISTICS_SAVED, () -> as("cc_staff", () -> statistics.record(staffPark(), 3301, Map.of("employees", new BigDecimal("120001")))));
        check("StatisticsService.apply", AuditAction.STATISTICS_SAVED, () -> as("cc_staff", () -> statistics.apply(staffPark(), List.of(new StatisticEdit(3301, "employees", new BigDecimal("120002"))))));
        check("SheetImport.importWorkbook", AuditAction.INDICATOR_SHEET_IMPORTED, () -> as("cc_staff", () -> sheetImport.importWorkbook(report, as("cc_staff", () -> workbook.export(report, Locale.SIMPLIFIED_CHINESE)).content())));
        AtomicReference<Long> attachment = new AtomicReference<>();
        check("ReportAttachmentService.upload", AuditAction.ATTACHMENT_ADDED, () -> attachment.set(as("cc_staff", () -> attachments.upload(report, "监测报告.pdf", SampleFiles.pdf()).id())));
        check("ReportAttachmentService.remove", AuditAction.ATTACHMENT_REMOVED, () -> as("cc_staff", () -> attachments.remove(attachment.get())));

        long submitted = fixtures.completeReport(3303);
        check("ReportWorkflow.submit", AuditAction.REPORT_SUBMITTED, () -> as("cc_staff", () -> workflow.submit(submitted)));
        check("ReportWorkflow.withdraw", AuditAction.REPORT_WITHDRAWN, () -> as("cc_staff", () -> workflow.withdraw(submitted)));

        // Review
        long reviewed = fixtures.completeReport(3304);
        as("cc_staff", () -> workflow.submit(reviewed));
        String task = taskOf(reviewed, ReviewStage.PRELIMINARY);
        check("ReviewService.claim", AuditAction.REVIEW_CLAIMED, () -> as("cc_reviewer1", () -> review.claim(task)));
        check("ReviewService.comment", AuditAction.REVIEW_COMMENTED, () -> as("cc_reviewer1", () -> review.comment(task, "GENERAL", "请补充数据来源")));
        check("ReviewCopies.copy", AuditAction.REVIEW_COPIED, () -> as("cc_reviewer1", () -> copies.copy(task, List.of("cc_reviewer2"), "请知悉")));
        check("ReviewService.handOver", AuditAction.REVIEW_HANDED_OVER, () -> as("cc_reviewer1", () -> review.handOver(task, "cc_reviewer2", "本周出差")));
        check("ReviewService.unclaim", AuditAction.REVIEW_UNCLAIMED, () -> as("cc_reviewer2", () -> review.unclaim(task)));
        as("cc_reviewer1", () -> review.claim(task));
        check("ReviewService.approve", AuditAction.REVIEW_APPROVED, () -> as("cc_reviewer1", () -> review.approve(task, null)));
        String finalTask = taskOf(reviewed, ReviewStage.FINAL);
        as("cc_reviewer2", () -> review.claim(finalTask));
        check("ReviewService.returnToPark", AuditAction.REVIEW_RETURNED, () -> as("cc_reviewer2", () -> review.returnToPark(finalTask, "请核对指标 5")));

        AtomicReference<Long> published = new AtomicReference<>();
        check("ReportWorkflow.publish", AuditAction.REPORT_PUBLISHED, () -> published.set(publications.publishedReport()));
        check("ReportWorkflow.startCorrection", AuditAction.REPORT_CORRECTION_STARTED, () -> as("cc_staff", () -> workflow.startCorrection(published.get())));

        // Rectification
        AtomicReference<Long> rect = new AtomicReference<>();
        check("TaskCommands.create", AuditAction.RECTIFICATION_CREATED, () -> rect.set(rectification.centralTask("审计测试", 30)));
        long t = rect.get();
        check("TaskCommands.createFromIndicator", AuditAction.RECTIFICATION_CREATED, () -> as("cc_staff", () -> registry.createFromIndicator(reviewed, staffPark(), 3304, "5", "指标 5")));
        check("TaskCommands.update", AuditAction.RECTIFICATION_EDITED, () -> as("cc_manager", () -> { TaskDetail d = queries.get(t); registry.update(t, new TaskEdit(d.version(), d.title() + "（修订）", d.description(), d.responsibleUnit(), d.responsiblePerson(), d.responsibleUsername())); }));
        check("TaskCommands.recordProgress", AuditAction.RECTIFICATION_PROGRESS, () -> as("cc_staff", () -> registry.recordProgress(t, queries.get(t).version(), 40, "已完成设备采购")));
        check("TaskCommands.requestExtension", AuditAction.RECTIFICATION_EXTENSION_REQUESTED, () -> as("cc_staff", () -> registry.requestExtension(t, queries.get(t).deadline().plusDays(30), "设备到货延迟")));
        check("TaskCommands.decideExtension", AuditAction.RECTIFICATION_EXTENSION_APPROVED, () -> as("cc_manager", () -> registry.decideExtension(t, true, null)));
        AtomicReference<Long> file = new AtomicReference<>();
        check("EvidenceService.upload", AuditAction.RECTIFICATION_EVIDENCE_ADDED, () -> file.set(as("cc_staff", () -> evidence.upload(t, "照片.pdf", SampleFiles.pdf()).id())));
        check("EvidenceService.remove", AuditAction.RECTIFICATION_EVIDENCE_REMOVED, () -> as("cc_staff", () -> evidence.remove(file.get())));
        rectification.uploadEvidence(t);
        check("TaskCommands.markDone", AuditAction.RECTIFICATION_COMPLETED, () -> as("cc_staff", () -> registry.markDone(t, "已完成整改")));
        check("TaskCommands.returnToPark", AuditAction.RECTIFICATION_RETURNED, () -> as("cc_manager", () -> registry.returnToPark(t, "照片不清晰")));
        as("cc_staff", () -> registry.markDone(t, "已补充照片"));
        check("TaskCommands.close", AuditAction.RECTIFICATION_CLOSED, () -> as("cc_manager", () -> registry.close(t, null)));
        AtomicReference<Long> round = new AtomicReference<>();
        check("TaskCommands.createRound", AuditAction.RECTIFICATION_ROUND_CREATED, () -> round.set(as("cc_manager", () -> registry.createRound(new NewRound(null, RectificationSource.CENTRAL_INSPECTION, "审计测试批次 " + System.nanoTime(), LocalDate.of(2026, 1, 5))).id())));
        check("TaskCommands.registerLedger", AuditAction.RECTIFICATION_IMPORTED, () -> as("cc_manager", () -> registry.registerLedger(round.get(), List.of(new LedgerEntry(staffPark(), "台账问题 " + System.nanoTime(), null, "管委会", "王丽", LocalDate.of(2026, 1, 5), LocalDate.of(2027, 3, 31), null, null)))));

        // Parks, bureaus, users and sign-in
        AtomicReference<Park> park = new AtomicReference<>();
        check("ParkAdminService.save(new park)", AuditAction.PARK_CREATED, () -> park.set(SystemActor.call(() -> parkAdmin.save(newPark()))));
        check("ParkAdminService.save(park)", AuditAction.PARK_UPDATED, () -> SystemActor.call(() -> { Park p = parkAdmin.getPark(park.get().getId()); p.setCity("长春市"); return parkAdmin.save(p); }));
        AtomicReference<Jurisdiction> bureau = new AtomicReference<>();
        check("ParkAdminService.save(new bureau)", AuditAction.JURISDICTION_CREATED, () -> bureau.set(SystemActor.call(() -> parkAdmin.save(new Jurisdiction("审计测试分局 " + System.nanoTime(), "吉林省")))));
        check("ParkAdminService.save(bureau)", AuditAction.JURISDICTION_UPDATED, () -> SystemActor.call(() -> { Jurisdiction j = parkAdmin.getJurisdiction(bureau.get().getId()); j.setProvince("辽宁省"); return parkAdmin.save(j); }));
        String username = "audit_" + (System.nanoTime() % 1_000_000);
        AtomicReference<Long> user = new AtomicReference<>();
        check("UserAdminService.create", AuditAction.USER_CREATED, () -> user.set(as("admin", () -> userAdmin.create(new NewAccount(username, "审计测试", null, AppRole.STAFF, staffPark(), null, PASSWORD, false)).getId())));
        check("UserAdminService.create(demo)", AuditAction.USER_CREATED, () -> as("admin", () -> userAdmin.create(username + "b", "审计测试乙", AppRole.STAFF, staffPark(), null, PASSWORD)));
        check("UserAdminService.update", AuditAction.USER_UPDATED, () -> as("admin", () -> userAdmin.update(user.get(), userAdmin.get(user.get()).version(), new AccountChanges("审计测试甲", null, AppRole.STAFF, staffPark(), null))));
        check("UserAdminService.update(role)", AuditAction.USER_ACCESS_CHANGED, () -> as("admin", () -> userAdmin.update(user.get(), userAdmin.get(user.get()).version(), new AccountChanges("审计测试甲", null, AppRole.REVIEWER, null, acting.as("cc_manager", () -> rectification.user("cc_manager").jurisdictionId())))));
        check("UserAdminService.setEnabled(false)", AuditAction.USER_DISABLED, () -> as("admin", () -> userAdmin.setEnabled(user.get(), false)));
        check("UserAdminService.setEnabled(true)", AuditAction.USER_ENABLED, () -> as("admin", () -> userAdmin.setEnabled(user.get(), true)));
        check("AccountService.changeOwnPassword", AuditAction.PASSWORD_CHANGED, () -> as(username, () -> account.changeOwnPassword(PASSWORD, PASSWORD + "x")));
        check("UserAdminService.resetPassword", AuditAction.USER_PASSWORD_RESET, () -> as("admin", () -> userAdmin.resetPassword(user.get(), null)));
        AtomicReference<Long> token = new AtomicReference<>();
        check("ApiTokenService.issue", AuditAction.API_TOKEN_ISSUED, () -> token.set(as("admin", () -> apiTokens.issue(new NewApiToken("审计测试令牌", user.get(), LocalDate.of(2099, 12, 31))).token().id())));
        check("ApiTokenService.revoke", AuditAction.API_TOKEN_REVOKED, () -> as("admin", () -> apiTokens.revoke(token.get())));
        check("LoginAttempts.onWrongPassword", AuditAction.SIGN_IN_FAILED, () -> wrongPassword(username));
        check("LoginAttempts.onWrongPassword(unknown)", AuditAction.SIGN_IN_FAILED, () -> wrongPassword("nobody_" + System.nanoTime()));
        check("LoginAttempts.onWrongPassword(slowed)", AuditAction.SIGN_IN_THROTTLED, () -> { for (int i = 0; i < 5; i++) { signInWrongly(username); } });

        // Calendar and deadlines
        AtomicReference<CalendarDay> day = new AtomicReference<>();
        check("WorkingCalendarService.save(day)", AuditAction.CALENDAR_DAY_SAVED, () -> day.set(as("admin", () -> calendar.save(new CalendarDay(LocalDate.of(2099, 10, 1), CalendarDay.Kind.HOLIDAY, "国庆节")))));
        check("WorkingCalendarService.remove", AuditAction.CALENDAR_DAY_REMOVED, () -> as("admin", () -> calendar.remove(day.get().getId(), day.get().getVersion())));
        AtomicReference<SubmissionDeadline> deadline = new AtomicReference<>();
        check("WorkingCalendarService.save(deadline)", AuditAction.DEADLINE_SAVED, () -> deadline.set(as("admin", () -> calendar.save(new SubmissionDeadline(2098, LocalDate.of(2099, 3, 31))))));
        check("WorkingCalendarService.removeDeadline", AuditAction.DEADLINE_REMOVED, () -> as("admin", () -> calendar.removeDeadline(deadline.get().getId(), deadline.get().getVersion())));

        // The annual notice: issued and changed by the national office (report year 4425, the notice tests' range)
        AtomicReference<NoticeView> notice = new AtomicReference<>();
        check("AnnualNotices.save(issue)", AuditAction.NOTICE_ISSUED, () -> notice.set(noticeFixtures.issue(4425, LocalDate.of(4426, 5, 31))));
        check("AnnualNotices.save(change)", AuditAction.NOTICE_CHANGED, () -> SystemActor.callAs(noticeFixtures.nationalManager(), () -> notices.save(NoticeDraft.of(notice.get()))));
        // A province's review route: rolled back, so that the other tests' reports keep the default route
        checkRolledBack("ReviewRouteService.save", AuditAction.REVIEW_ROUTE_SAVED, () -> as("admin", () -> routes.save(routes.routes().get(0).provinceId(), null, true, 5, 10, 5)));

        // The catalogue: checked inside a transaction that is rolled back, so other tests keep the demo catalogue
        long standard = as("admin", () -> catalogues.active().standardId());
        checkRolledBack("CatalogueAdminService.setMinimumOptional", AuditAction.CATALOGUE_MINIMUM_CHANGED, () -> as("admin", () -> catalogueAdmin.setMinimumOptional(standard, 7)));
        checkRolledBack("CatalogueAdminService.updateFootnote", AuditAction.CATALOGUE_FOOTNOTE_CHANGED, () -> as("admin", () -> { var f = footnotes.findAll().get(0); catalogueAdmin.updateFootnote(f.getId(), f.getTextZh() + "。", f.getTextEn() + "."); }));
        checkRolledBack("CatalogueAdminService.addSelectionGroup", AuditAction.CATALOGUE_GROUP_ADDED, () -> as("admin", () -> catalogueAdmin.addSelectionGroup(standard, "GROWTH", "增长类", "Growth", 2, Set.of("1", "3", "9"))));
        checkRolledBack("CatalogueAdminService.activate", AuditAction.CATALOGUE_ACTIVATED, () -> as("admin", () -> catalogueAdmin.activate(standard)));

        // Signing certificates: replacing the demo's test certificate of a province, rolled back for the other tests
        long jiangsu = as("admin", () -> parkAdmin.allJurisdictions().stream().filter(j -> j.getName().equals("江苏省生态环境厅")).findFirst().orElseThrow().getId());
        TestKeystores.Keystore keystore = TestKeystores.issue("江苏省生态环境厅");
        checkRolledBack("SigningCredentials.install", AuditAction.SIGNING_CREDENTIAL_INSTALLED, () -> as("admin", () -> signingCredentials.install(jiangsu, keystore.bytes(), keystore.password())));
    }

    /** Runs one change and notes it when it wrote no line of the action, or a line that does not read in words. */
    private void check(String method, AuditAction expected, Runnable change) {
        long before = newestId();
        try {
            change.run();
        } catch (RuntimeException e) {
            unaudited.add(method + " failed: " + e);
            return;
        }
        verify(method, expected, before);
    }

    private void checkRolledBack(String method, AuditAction expected, Runnable change) {
        long before = newestId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                change.run();
                verify(method, expected, before);
            } catch (RuntimeException e) {
                unaudited.add(method + " failed: " + e);
            }
            status.setRollbackOnly();
        });
    }

    private void verify(String method, AuditAction expected, long before) {
        List<AuditEntry> written = SystemActor.call(() -> trail.newestFirst(PageRequest.of(0, 200))).stream()
                .filter(e -> e.getId() > before).toList();
        if (written.stream().noneMatch(e -> e.getAction().equals(expected.name()))) {
            unaudited.add(method + " wrote no " + expected + " line (wrote " + written.stream()
                    .map(AuditEntry::getAction).toList() + ")");
            return;
        }
        for (AuditEntry e : written) {
            for (Locale language : TranslationProvider.LOCALES) {
                String text = AuditText.actor(e, language) + " | " + AuditText.action(e, language) + " | "
                        + AuditText.subjectKind(e, language) + " | " + AuditText.detail(e, language);
                if (text.contains("!") || RAW.matcher(text).find() || text.contains("@system")) {
                    unaudited.add(method + " wrote a line that does not read in words (" + language + "): " + text);
                }
                String words = AuditText.action(e, language) + AuditText.subjectKind(e, language);
                if (language == TranslationProvider.ENGLISH && !words.matches("\\p{ASCII}*")) {
                    unaudited.add(method + " wrote Chinese words on the English side: " + words);
                }
            }
        }
    }

    private long newestId() {
        return SystemActor.call(() -> trail.newestFirst(PageRequest.of(0, 1))).stream().findFirst()
                .map(AuditEntry::getId).orElse(0L);
    }

    private void signInWrongly(String username) {
        try {
            authentication.getAuthenticationManager().authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-password-1"));
        } catch (BadCredentialsException expected) {
            // counted, as the audit line says
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void wrongPassword(String username) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                new UsernamePasswordAuthenticationToken(username, "wrong"), new BadCredentialsException("wrong")));
    }

    private ReportDraft draft(long report) {
        AnnualReport r = as("cc_staff", () -> reports.get(report));
        return ReportDraft.of(r);
    }

    private Park newPark() {
        Long bureau = parkAdmin.allJurisdictions().get(0).getId();
        Park park = new Park("审计测试园区 " + System.nanoTime(), bureau);
        park.setProvince("吉林省");
        park.setCity("四平市");
        park.setStreetAddress("红嘴路 1 号");
        park.setConstructionBaseYear(2015);
        return park;
    }

    private String taskOf(long reportId, ReviewStage stage) {
        return as("cc_reviewer1", () -> review.inbox(stage, false, PageRequest.of(0, 500)).stream()
                .filter(t -> t.reportId() == reportId).findFirst().orElseThrow().taskId());
    }

    private long staffPark() {
        return rectification.changchun();
    }

    private <T> T as(String username, Supplier<T> work) {
        return acting.as(username, work);
    }

    private void as(String username, Runnable work) {
        acting.as(username, work);
    }
}
