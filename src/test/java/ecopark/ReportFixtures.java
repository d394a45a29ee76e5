package ecopark;

import ecopark.evaluation.service.IndicatorSheetService;
import ecopark.evaluation.service.StatisticsService;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.NarrativeSection;
import ecopark.report.service.ReportDraft;
import ecopark.report.service.ReportService;
import ecopark.security.SignedInUser;
import ecopark.security.SystemActor;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Complete Changchun reports for tests of what happens after drafting: every narrative written and section 三
 * filled as the demo's 2019 report (the same statistics for the report year, the same selection and entries).
 *
 * <p>All test classes share one database per Spring context and a park has one report per year, so each class owns
 * a range of years: 21xx review process, 22xx review views, 23xx notifications, 24xx spreadsheet, 25xx section 三
 * drafting, 26xx submission check, 27xx publication, 2801–2999 review collaboration, overview, position and
 * comparison (the inbox's year filter stops at 2999), 36xx rectification (tasks from failed indicators), 30xx review
 * timers and calendar, 31xx verdict facts (VerdictFactsViewsTest), 3271–3289 free-text rules and the submission
 * checklist's text, 3410–3499 the editor's one save (ten apart: a test reads its year and the three before), 35xx
 * typed numbers (3501–3519 import, 3521–3539 API, 3541–3543 generated inputs, 3561–3569 hostile workbooks), 3571–3579 simultaneous review decisions, 4101–4149 hostile input (4101–4109 hostile workbooks, 4111–4129 long and
 * marked-up text), 4151–4169 long pastes kept in the fields (ReviewLongPasteTest 4151–4152, SectionThreeLongPasteTest 4153), 3951–3999 API tokens (reserved, ApiTokenAuthenticationTest), 3301–3319 the audit trail
 * (EveryChangeIsAuditedTest), 3801–3819 mail outbox (MailOutboxTest), 3821–3839 fifty at once (FiftyAtOnceTest), 3861–3899 restarts between process steps, 3321–3339 drafting finish (DraftingFinishTest), 3360–3399 the reviewer's screens
 * (ReviewFinishViewsTest), 3701–3749 who may do what with a report (ReportAccessTest 3701–3709, ReportsApiAccessTest 3711–3719, the views 3721–3739), 3751–3799 the access matrix (security/*MatrixTest; MatrixFixtures also records Suzhou's 2011 base-year statistics), 4001–4049 statement counts (InboxStatementsTest 4001–4019, ReviewCycleStatementsTest 4031–4049), 3901–3949 two nodes and backup/restore on databases of their own (TwoNodeIT, BackupRestoreIT), the rest of 31xx–34xx free for new classes (browser tests run in their own context:
 * 2022, 2041, 2797, 2799), 3241–3249 phone width and English texts (NarrowScreenAndEnglishTextsTest), 4251–4299 open data and kept
 * documents (OpenDataApiTest, PublishedDocumentsTest), 4301–4349 search across the published forms (FormSearchTest
 * 4301–4309, SearchPageTest 4311–4319, TwoNodeIT's search 4341), 4201–4249 the public portal
 * (PortalStatelessTest 4201, PublicFormPagesTest 4202–4219), 4391–4429 annual notices (AnnualNoticesTest 4391–4399,
 * NoticeSubmissionCheckTest 4401–4409, NoticeDeadlinesTest and LocalDeadlineDefaultTest 4410–4416 without a database,
 * NoticesViewTest 4417–4419, ReportEditorNoticeTest 4421–4428 but 4425, which is EveryChangeIsAuditedTest's notice,
 * 4429 ReviewViewsTest's notice part), 2020 SubmissionRouteBrowserIT (the demo's 2020 notice and Jilin's route, in a
 * context of its own).
 * NoticesViewTest 4417–4419, ReportEditorNoticeTest 4421–4429 but 4425, which is EveryChangeIsAuditedTest's notice),
 * 4541–4569 the provinces' attainment (desk.AttainmentFixtures: 4541 published, 4569 left empty).
 * 4501–4539 the province's package (ProvincePackagesTest 4501–4509, ProvincePackageViewsTest 4511–4519).
 * 4471–4499 the provincial desk (ParkDeskTest 4471–4479, DeskViewTest 4481–4499).
 * 4571–4589 the notice screens' walk-through fixes (NoticeTopicLanguageTest 4571–4573, ReviewOverviewViewTest's 预审
 * tile 4574).
 */
@Component
public class ReportFixtures {

    static final Set<String> SELECTED = Set.of("2", "6", "8", "11", "14", "27", "28");
    static final Map<String, String> STATISTICS = new LinkedHashMap<>();
    static final Map<String, String> ENTERED = Map.of("5", "8", "19", "0", "20", "100", "21", "100", "23", "100",
            "24", "100", "29", "17.6", "30", "100", "31", "100", "32", "4");

    static {
        STATISTICS.put("industrial_output", "9020000");
        STATISTICS.put("industrial_value_added", "2400000");
        STATISTICS.put("employees", "120000");
        STATISTICS.put("industrial_land_area", "26.0");
        STATISTICS.put("energy_consumption", "1008000");
        STATISTICS.put("fresh_water", "12480000");
        STATISTICS.put("wastewater_discharged", "9840000");
        STATISTICS.put("solid_waste_generated", "204000");
        STATISTICS.put("solid_waste_utilised", "187680");
        STATISTICS.put("co2_emissions", "2520000");
        STATISTICS.put("cod_emissions", "1480");
        STATISTICS.put("ammonia_emissions", "138");
        STATISTICS.put("so2_emissions", "1960");
        STATISTICS.put("nox_emissions", "3150");
    }

    private final ReportService reports;
    private final StatisticsService statistics;
    private final IndicatorSheetService sheets;
    private final UserDetailsService accounts;

    ReportFixtures(ReportService reports, StatisticsService statistics, IndicatorSheetService sheets,
            UserDetailsService accounts) {
        this.reports = reports;
        this.statistics = statistics;
        this.sheets = sheets;
        this.accounts = accounts;
    }

    public SignedInUser changchunStaff() {
        return (SignedInUser) accounts.loadUserByUsername("cc_staff");
    }

    /** A new Changchun report for the year with every part filled, ready to submit. */
    public long completeReport(int year) {
        return completeReport(changchunStaff(), year);
    }

    /** A new report of the staff member's park for the year with every part filled, ready to submit. */
    public long completeReport(SignedInUser staff, int year) {
        return SystemActor.callAs(staff, () -> {
            AnnualReport report = reports.create(staff.parkId(), year);
            Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
            for (NarrativeSection s : NarrativeSection.values()) {
                texts.put(s, year + " 年" + s.name() + "。\n\n- 第一项\n- 第二项");
            }
            reports.saveDraft(report.getId(), ReportDraft.of(report).withNarratives(texts));
            completeSectionThree(staff, report.getId(), year);
            return report.getId();
        });
    }

    /**
     * Statistics of another year for a park of its own, e.g. its construction base year, which the elasticities and
     * reduction rates read: the fixture's values times a factor (not 1, so that growth is not zero).
     */
    public void recordStatistics(SignedInUser staff, int year, String factor) {
        SystemActor.callAs(staff, () -> {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            STATISTICS.forEach((k, v) -> values.put(k, new BigDecimal(v).multiply(new BigDecimal(factor))));
            statistics.record(staff.parkId(), year, values);
            return null;
        });
    }

    /** Fills section 三 of a report (statistics of its year, selection and entered values) as the park's staff. */
    public void completeSectionThree(long reportId, int year) {
        completeSectionThree(changchunStaff(), reportId, year);
    }

    /** Fills section 三 of a report of the staff member's park, as they would. */
    public void completeSectionThree(SignedInUser staff, long reportId, int year) {
        SystemActor.callAs(staff, () -> {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            STATISTICS.forEach((k, v) -> values.put(k, new BigDecimal(v)));
            statistics.record(staff.parkId(), year, values);
            sheets.select(reportId, SELECTED, "与上年度报告保持一致");
            ENTERED.forEach((code, value) -> sheets.enterValue(reportId, code, new BigDecimal(value)));
            Set.of("17", "18", "22").forEach(code -> sheets.enterState(reportId, code, true));
            return null;
        });
    }
}
