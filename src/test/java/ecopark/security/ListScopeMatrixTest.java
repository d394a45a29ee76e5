package ecopark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.ApplicationTest;
import ecopark.base.audit.AuditEntry;
import ecopark.evaluation.service.SheetListItem;
import ecopark.evaluation.service.YearlyValue;
import ecopark.notification.domain.NotificationRepository;
import ecopark.notification.service.NotificationItem;
import ecopark.park.service.ParkListItem;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.domain.PublicationRepository;
import ecopark.opendata.service.IndicatorFilter;
import ecopark.opendata.service.IndicatorRecord;
import ecopark.publication.service.FrozenForm;
import ecopark.publication.service.PublicFormFilter;
import ecopark.publication.service.PublishedPark;
import ecopark.search.service.FormHit;
import ecopark.search.service.FormQuery;
import ecopark.rectification.domain.DeadlineExtensionRepository;
import ecopark.rectification.domain.EvidenceFileRepository;
import ecopark.rectification.domain.InspectionRoundRepository;
import ecopark.rectification.domain.RectificationTaskRepository;
import ecopark.rectification.service.Dashboard;
import ecopark.rectification.service.DashboardFilter;
import ecopark.rectification.service.EvidenceItem;
import ecopark.rectification.service.ExtensionItem;
import ecopark.rectification.service.RegistryFigure;
import ecopark.rectification.service.RoundItem;
import ecopark.rectification.service.TaskFilter;
import ecopark.rectification.service.TaskListItem;
import ecopark.rectification.service.TaskState;
import ecopark.report.domain.AnnualReportRepository;
import ecopark.report.domain.ReportAttachmentRepository;
import ecopark.report.service.AttachmentItem;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportProgress;
import ecopark.report.service.RevisionView;
import ecopark.review.domain.ReviewCopyRepository;
import ecopark.review.domain.ReviewDecisionRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.review.service.Colleague;
import ecopark.review.service.CopyItem;
import ecopark.review.service.InboxFilter;
import ecopark.review.service.OverviewRow;
import ecopark.review.service.ReviewDoneItem;
import ecopark.review.service.ReviewTaskItem;
import ecopark.security.domain.AppUserRepository;
import ecopark.desk.service.ChaseRecord;
import ecopark.desk.service.ProvinceAttainmentRow;
import ecopark.desk.service.DeskBoard;
import ecopark.report.service.YearReport;
import ecopark.review.service.ReviewPlace;
import ecopark.security.matrix.AccessTable;
import ecopark.security.matrix.Actor;
import ecopark.security.matrix.MatrixFixtures;
import ecopark.security.matrix.MatrixMvc;
import ecopark.security.matrix.ServiceArguments;
import ecopark.security.matrix.ServiceMethods;
import ecopark.security.service.AccountDirectory;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the lists contain, not only who may open them: every list, search and count of the public services and every
 * list endpoint of the API, called by every kind of user the access tables let call it ({@link ServiceAccessMatrixTest}
 * and {@link ApiAccessMatrixTest} say who), in every tab and filter the screens offer (inbox stages and 我的, task
 * states, review progress, another park's id as a filter), page after page to the end. Every row must lie in the
 * caller's scope, as {@link AccessPolicy} defines it: staff their own park; reviewers and managers the parks of their
 * jurisdiction's subtree ({@link OrganisationDirectory#subtree}: a city its own, a province its own and its cities',
 * the national office every park); the administrator every park; the anonymous visitor published forms only; a
 * user's own notifications and copies (抄送) only theirs. A row of a jurisdiction (a bureau's round, a bureau's
 * account) lies in the scope when the jurisdiction is in the caller's subtree or above it (a province's round reaches
 * its cities' parks). Park B's fixtures ({@link MatrixFixtures}) must be absent from the lists of park A's users, J's
 * and J's province's, and A's from B's.
 *
 * <p>Which methods: of the methods {@link ServiceMethods} covers, every one returning a page, collection, stream,
 * map, array or a count ({@code long}/{@code int}), plus {@link #ALSO} (results that hold lists). {@link #SERVICES}
 * says of each how the park of a row is read, which count matches which list, or why it holds no park's data;
 * {@link #every_list_method_has_a_row} fails on a new one without a row. The API's list endpoints (GET mappings
 * returning a page or a list) likewise must have a row in {@link #ENDPOINTS}.
 */
@ApplicationTest
class ListScopeMatrixTest {

    /** Methods whose result is not a list type but holds rows of parks. */
    static final Set<String> ALSO = Set.of("DashboardService.dashboard(filter)", "ParkDesk.board(year)");

    private static final AccessTable SERVICE_ACCESS = AccessTable.parse(ServiceAccessMatrixTest.TABLE);
    private static final AccessTable API_ACCESS = AccessTable.parse(ApiAccessMatrixTest.TABLE);
    private static final int PAGE = 200;

    @Autowired WebApplicationContext context;
    @Autowired MatrixFixtures fixtures;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;
    @Autowired ObjectMapper json;
    @Autowired OrganisationDirectory directory;
    @Autowired AnnualReportRepository reportRows;
    @Autowired ReportAttachmentRepository attachmentRows;
    @Autowired RectificationTaskRepository taskRows;
    @Autowired EvidenceFileRepository evidenceRows;
    @Autowired DeadlineExtensionRepository extensionRows;
    @Autowired InspectionRoundRepository roundRows;
    @Autowired ReviewCopyRepository copyRows;
    @Autowired ReviewDecisionRepository decisionRows;
    @Autowired NotificationRepository notificationRows;
    @Autowired PublicationRepository publicationRows;
    @Autowired AppUserRepository userRows;
    @Autowired ecopark.report.service.ReportService reports;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private MockMvc mvc;

    /** Where one row of a list lies: a park, a jurisdiction, a user's own, or the public portal. */
    record Where(String fixture, Long parkId, Long jurisdictionId, String owner, boolean published) {

        static Where park(String fixture, long parkId) {
            return new Where(fixture, parkId, null, null, false);
        }

        static Where jurisdiction(String fixture, long jurisdictionId) {
            return new Where(fixture, null, jurisdictionId, null, false);
        }

        Where ownedBy(String username) {
            return new Where(fixture, parkId, jurisdictionId, username, published);
        }

        @Override
        public String toString() {
            return fixture + (parkId == null ? "" : " park " + parkId)
                    + (jurisdictionId == null ? "" : " jurisdiction " + jurisdictionId)
                    + (owner == null ? "" : " of " + owner) + (published ? " (published)" : "");
        }
    }

    /**
     * How a method's result is read. {@code rows}: each element (of a page, collection or stream) gives the places it
     * lies in; {@code count}: the number must equal the rows of the list {@code of} for the same caller and
     * arguments; {@code none}: no park's rows, for the reason given.
     */
    record Spec(String kind, Function<Object, List<Where>> rows, String countOf, String reason,
            List<Map<String, Object>> variants) {

        Spec in(List<Map<String, Object>> more) {
            return new Spec(kind, rows, countOf, reason, more);
        }
    }

    private static Spec rows(Function<Object, List<Where>> rows) {
        return new Spec("rows", rows, null, null, List.of(Map.of()));
    }

    private static Spec count(String of) {
        return new Spec("count", null, of, null, List.of(Map.of()));
    }

    private static Spec none(String reason) {
        return new Spec("none", null, null, reason, List.of(Map.of()));
    }

    /** The table: method → how its rows are read. Built per run, since reading a row's park asks the database. */
    Map<String, Spec> services(MatrixFixtures.Ids ids) {
        Map<String, Spec> t = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> taskFilters = new ArrayList<>();
        taskFilters.add(Map.of("filter", TaskFilter.ALL));
        for (TaskState state : TaskState.values()) {
            taskFilters.add(Map.of("filter", TaskFilter.ALL.withState(state)));
        }
        taskFilters.add(Map.of("filter", TaskFilter.ALL.withPark(ids.parkA())));
        taskFilters.add(Map.of("filter", TaskFilter.ALL.withPark(ids.parkB())));
        taskFilters.add(Map.of("filter", TaskFilter.ALL.withRound(ids.roundA())));
        taskFilters.add(Map.of("filter", TaskFilter.ALL.withText("访问矩阵")));
        List<Map<String, Object>> progress = new ArrayList<>();
        progress.add(new HashMap<>(Collections.singletonNull("progress")));
        for (ReportProgress p : ReportProgress.values()) {
            progress.add(Map.of("progress", p));
        }
        List<Map<String, Object>> inboxFilters = new ArrayList<>();
        inboxFilters.add(Map.of("filter", InboxFilter.all()));
        for (ReviewStage stage : ReviewStage.values()) {
            for (boolean mine : new boolean[] {false, true}) {
                inboxFilters.add(Map.of("filter", new InboxFilter(stage, null, null, mine, null)));
            }
        }
        inboxFilters.add(Map.of("filter", new InboxFilter(null, null, null, true, null)));
        inboxFilters.add(Map.of("filter", new InboxFilter(null, ids.parkA(), null, false, null)));
        inboxFilters.add(Map.of("filter", new InboxFilter(null, ids.parkB(), null, false, null)));
        inboxFilters.add(Map.of("filter", new InboxFilter(null, null, 3752, false, null)));
        List<Map<String, Object>> inboxTabs = new ArrayList<>();
        for (ReviewStage stage : ReviewStage.values()) {
            inboxTabs.add(Map.of("stage", stage, "mineOnly", false));
            inboxTabs.add(Map.of("stage", stage, "mineOnly", true));
        }
        List<Map<String, Object>> dashboards = List.of(
                Map.of("filter", new DashboardFilter(today.getYear(), null, null, null)),
                Map.of("filter", new DashboardFilter(today.getYear(), null, null, ids.parkA())),
                Map.of("filter", new DashboardFilter(today.getYear(), null, null, ids.parkB())),
                Map.of("filter", new DashboardFilter(today.getYear(), null, ids.roundA(), null)));
        List<Map<String, Object>> searchQueries = List.of(Map.of("query", FormQuery.of("introduction")),
                Map.of("query", new FormQuery("introduction", null, null, null, ids.parkA(), FormQuery.FormStatus.ALL,
                        null, null, null)),
                Map.of("query", new FormQuery("introduction", null, null, null, ids.parkB(), FormQuery.FormStatus.ALL,
                        null, null, null)));
        List<Map<String, Object>> publicFilters = List.of(Map.of("filter", PublicFormFilter.all()),
                Map.of("filter", new PublicFormFilter(null, null, null, null, null, true)),
                Map.of("filter", new PublicFormFilter(null, null, null, ids.parkA(), null, true)),
                Map.of("filter", new PublicFormFilter(null, null, null, ids.parkB(), null, true)));

        // Audit log: the administrator's alone (ServiceAccessMatrixTest), who reads every park.
        t.put("AuditLog.find(filter, pageable)", rows(o -> auditEntry((AuditEntry) o)));
        t.put("AuditLog.count(filter)", count("AuditLog.find(filter, pageable)"));
        t.put("AuditLog.people()", none("the accounts named in the audit log: administrator only"));
        t.put("AuditLog.parks()", rows(o -> List.of(Where.park("park:" + unitId(o), unitId(o)))));
        t.put("AuditLog.parkNames()", none("a map of every park's name for the audit log's filter: administrator only"));

        t.put("CatalogueService.all()", none("the indicator catalogues: the same for every park"));
        t.put("IndicatorSheetService.findVisible(pageable)", rows(o -> {
            SheetListItem s = (SheetListItem) o;
            return List.of(Where.park("report:" + s.reportId(), s.parkId()), report(s.reportId()));
        }));
        t.put("SheetImport.maxMegabytes()", none("a size limit"));
        t.put("StatisticsService.apply(parkId, edits)", none("how many values were written"));
        t.put("StatisticsService.problems(edits)", none("validation problems of the edits passed in"));
        t.put("StatisticsService.values(parkId, fromYear, toYear)", rows(o -> {
            YearlyValue v = (YearlyValue) o;
            return List.of(Where.park("park:" + v.parkId(), v.parkId()));
        }));

        t.put("Notifications.recent(limit)", rows(o -> {
            long id = ((NotificationItem) o).id();
            String recipient = notificationRows.findById(id).orElseThrow().getRecipient();
            return List.of(new Where("notification:" + id, null, null, recipient, false));
        }).in(List.of(Map.of("limit", 1000))));
        t.put("Notifications.unreadCount()", none("counted in the query by recipient: checked against the "
                + "actor's own unread notifications in the_counts_are_the_callers_own"));

        t.put("ParkAdminService.allParks()", rows(o -> List.of(Where.park("park:" + ((ecopark.park.domain.Park) o)
                .getId(), ((ecopark.park.domain.Park) o).getId()))));
        t.put("ParkAdminService.allJurisdictions()", none("the jurisdictions: administrator only"));
        t.put("ParkAdminService.findParks(text, pageable)", rows(o -> List.of(parkItem((ParkListItem) o)))
                .in(List.of(Map.of("text", ""), Map.of("text", "苏州"))));
        t.put("ParkAdminService.countParks(text)", count("ParkAdminService.findParks(text, pageable)")
                .in(List.of(Map.of("text", ""), Map.of("text", "苏州"))));
        t.put("ParkAdminService.jurisdictionsWithParks()", none("the jurisdictions and their parks' names: "
                + "administrator only"));
        t.put("ParkAdminService.latestBaseYear()", none("a year"));
        t.put("ParkAdminService.possibleParents(level, selfId)", none("the bureaus a bureau may stand under: "
                + "administrator only"));
        t.put("JurisdictionHierarchy.chain(jurisdictionId)", none("internal plumbing (ids and levels of the "
                + "jurisdiction tree) for the access rule and the review route; no view or endpoint calls it"));
        t.put("JurisdictionHierarchy.subtree(jurisdictionId)", none("internal plumbing, as chain"));
        t.put("JurisdictionHierarchy.atLevel(level)", none("internal plumbing, as chain"));
        t.put("ParkService.findVisible(text, pageable)", rows(o -> List.of(parkItem((ParkListItem) o)))
                .in(List.of(Map.of("text", ""), Map.of("text", "苏州"), Map.of("text", "长春"))));
        t.put("ParkService.visibleParkIds()", rows(o -> List.of(Where.park("park:" + o, (Long) o))));

        t.put("PdfSigner.sign(jurisdictionId, pdfBytes, reason, location, contact)",
                none("the caller's own PDF, signed in the jurisdiction's name"));
        t.put("SignatureVerifier.maxMegabytes()", none("a size limit"));
        t.put("SigningCredentials.giveTestCertificatesToProvinces()", none("how many test certificates were made"));
        t.put("SigningCredentials.overview()", none("the jurisdictions' signing certificates: administrator only"));

        t.put("PublicForms.search(filter, pageable)", rows(o -> List.of(publication((PublicationListing) o)))
                .in(publicFilters));
        t.put("PublicForms.versions(publicationId)", rows(o -> List.of(publication((PublicationListing) o))));
        // Open data: rows of published forms only, everyone's.
        List<Map<String, Object>> indicatorFilters = List.of(Map.of("filter", IndicatorFilter.all()),
                Map.of("filter", new IndicatorFilter(null, null, null, null, null, null, true)),
                Map.of("filter", new IndicatorFilter(null, null, null, ids.parkA(), null, false, true)),
                Map.of("filter", new IndicatorFilter(null, null, null, ids.parkB(), null, true, true)));
        t.put("FrozenForms.ids(filter)", rows(o -> List.of(publicationById((Long) o, true))).in(publicFilters));
        t.put("FrozenForms.idsOfPark(parkId)", rows(o -> List.of(publicationById((Long) o, false))));
        t.put("FrozenForms.read(publicationIds)",
                rows(o -> List.of(publicationById(((FrozenForm) o).publicationId(), true))));
        t.put("FrozenForms.parks()", rows(o -> List.of(publishedPark(((PublishedPark) o).parkId()))));
        t.put("OpenIndicators.find(filter, pageable)",
                rows(o -> List.of(publicationById(((IndicatorRecord) o).publicationId(), true))).in(indicatorFilters));
        t.put("OpenIndicators.parks()", rows(o -> List.of(publishedPark(((PublishedPark) o).parkId()))));
        // Search finds current forms unless superseded ones are asked for: each hit must exist, and one it calls
        // current must be current
        t.put("FormSearch.search(query, pageable)", rows(o -> List.of(publicationById(((FormHit) o).publicationId(),
                !((FormHit) o).current()))).in(searchQueries));
        t.put("SearchIndexAdmin.rebuild()", none("how many forms this node's index holds: administrator only"));
        t.put("PublicForms.all()", rows(o -> List.of(publication((PublicationListing) o))));

        t.put("EvidenceService.list(taskId)", rows(o -> {
            long id = ((EvidenceItem) o).id();
            return List.of(rectTask(evidenceRows.findById(id).orElseThrow().getTaskId(), "evidence:" + id));
        }));
        t.put("EvidenceService.maxSizeMegabytes()", none("a size limit"));
        t.put("NarrativeFigureService.figures(parkId, year)", rows(o -> {
            RegistryFigure f = (RegistryFigure) o;
            return f.roundId() == null ? List.of(Where.park("park:" + ids.parkA(), ids.parkA())) : List.of(round(
                    f.roundId()));
        }));
        t.put("NarrativeFigureService.check(parkId, year, text)", none("warnings about the text passed in, "
                + "from the registry of the park passed in (whose access ServiceAccessMatrixTest checks)"));
        t.put("TaskQueries.find(filter, pageable)", rows(o -> {
            TaskListItem task = (TaskListItem) o;
            return List.of(Where.park("rectTask:" + task.id(), task.parkId()), rectTask(task.id(), "rectTask"));
        }).in(taskFilters));
        t.put("TaskQueries.count(filter)", count("TaskQueries.find(filter, pageable)").in(taskFilters));
        t.put("TaskQueries.progress(taskId)", none("ProgressItem carries no id: the progress of the task passed in, "
                + "whose access ServiceAccessMatrixTest checks"));
        t.put("TaskQueries.extensions(taskId)", rows(o -> {
            long id = ((ExtensionItem) o).id();
            return List.of(rectTask(extensionRows.findById(id).orElseThrow().getTaskId(), "extension:" + id));
        }));
        t.put("TaskQueries.history(taskId)", rows(o -> auditEntry((AuditEntry) o)));
        t.put("TaskQueries.rounds()", rows(o -> List.of(roundItem((RoundItem) o))));
        t.put("TaskQueries.importableRounds()", rows(o -> List.of(roundItem((RoundItem) o))));
        t.put("TaskQueries.parks()", rows(o -> List.of(Where.park("park:" + unitId(o), unitId(o)))));
        t.put("TaskQueries.staffOf(parkId)", rows(o -> List.of(account(((AccountDirectory.Contact) o).username()))));
        t.put("TaskQueries.visibleParkIds()", rows(o -> List.of(Where.park("park:" + o, (Long) o))));
        t.put("TaskCommands.create(request)", none("the new task's id"));
        t.put("TaskCommands.createFromIndicator(reportId, parkId, year, indicatorCode, indicatorName)",
                none("the new task's id"));
        t.put("TaskCommands.registerLedger(roundId, entries)", none("how many entries were registered"));
        t.put("RectificationSpreadsheets.maxMegabytes()", none("a size limit"));
        t.put("RectificationSpreadsheets.export(filter, locale)", new Spec("workbook", null, null, null,
                taskFilters));
        t.put("RectificationSpreadsheets.importTemplate(locale)", none("an empty template"));
        t.put("AuditExport.export(filter, locale)", none("the audit log as a workbook: administrator only, who "
                + "reads every park"));
        t.put("DashboardService.dashboard(filter)", rows(o -> dashboard((Dashboard) o)).in(dashboards));

        t.put("ReportAttachmentService.list(reportId)", rows(o -> attachment(((AttachmentItem) o).id())));
        t.put("ReportAttachmentService.maxSizeMegabytes()", none("a size limit"));
        t.put("ReportService.topicAnswers(reportId)", none("the answers of the report passed in, whose access "
                + "ServiceAccessMatrixTest checks"));
        t.put("ProvincePackages.years()", none("the report years of the notices: no park's data"));
        t.put("ProvincePackages.history(provinceId, reportYear)", none("one province's packages, for its own "
                + "managers and the national office (ServiceAccessMatrixTest); they list parks by name as the letter "
                + "did"));
        t.put("ProvincePackages.received(reportYear)", none("every province's package status: the national office "
                + "only, which reads every park (ServiceAccessMatrixTest)"));
        t.put("AnnualNotices.all()", none("annual notices: addressed to every park, they hold no park's data"));
        t.put("ReportOverview.find(progress, pageable)", rows(o -> reportItem((ReportListItem) o)).in(progress));
        t.put("ReportOverview.counts()", count("ReportOverview.find(progress, pageable)"));
        t.put("ReportOverview.ofYear(year)", rows(o -> List.of(report(((YearReport) o).reportId()))));
        t.put("ReportService.findVisible(pageable)", rows(o -> reportItem((ReportListItem) o)));
        t.put("ReportService.history(reportId)", rows(o -> auditEntry((AuditEntry) o)));
        t.put("ReportService.reviewFeedback(reportId)", none("ReviewFeedback.Item carries no id: the comments on "
                + "the report passed in, whose access ServiceAccessMatrixTest checks"));
        t.put("ReportWorkflow.submissionProblems(reportId)", none("problems of the report passed in"));
        t.put("ReportWorkflow.revisions(reportId)", rows(o -> List.of(report(((RevisionView) o).reportId())))
                .in(List.of(Map.of("reportId", ids.reviewReportA()))));  // the draft has no revision yet
        t.put("RevisionComparison.revisions(reportId)", rows(o -> List.of(report(((RevisionView) o).reportId())))
                .in(List.of(Map.of("reportId", ids.reviewReportA()))));  // the draft has no revision yet

        t.put("ReviewOverview.rows(progress, pageable)", rows(o -> List.of(report(((OverviewRow) o).reportId())))
                .in(progress));
        t.put("ReviewOverview.counts()", count("ReviewOverview.rows(progress, pageable)"));
        t.put("ReviewOverview.placesOfYear(year)", rows(o -> List.of(report(((ReviewPlace) o).reportId()))));
        t.put("ReviewRecords.attachments(reportId)", rows(o -> attachment(((AttachmentItem) o).id())));
        t.put("ReviewRecords.done(pageable)", rows(o -> {
            ReviewDoneItem d = (ReviewDoneItem) o;
            long park = decisionRows.findById(d.decisionId()).orElseThrow().getParkId();
            return List.of(Where.park("decision:" + d.decisionId(), park), report(d.reportId()));
        }));
        t.put("ReviewService.inbox(filter, pageable)", rows(o -> reviewTask((ReviewTaskItem) o)).in(inboxFilters));
        t.put("ReviewService.inbox(stage, mineOnly, pageable)", rows(o -> reviewTask((ReviewTaskItem) o))
                .in(inboxTabs));
        t.put("ReviewService.comments(reportId)", none("ReviewFeedback.Item carries no id: the comments on the "
                + "report passed in, whose access ServiceAccessMatrixTest checks"));
        t.put("ReviewService.parkChoices()", rows(o -> List.of(Where.park("park:" + unitId(o), unitId(o)))));
        t.put("ReviewService.handOverCandidates(taskId)", rows(o -> List.of(account(((Colleague) o).username()))));
        t.put("ReviewCopies.candidates(taskId)", rows(o -> List.of(account(((Colleague) o).username()))));
        t.put("ReviewCopies.copy(taskId, recipients, note)", none("how many copies were sent"));
        t.put("ReviewCopies.copiedToMe(pageable)", rows(o -> {
            CopyItem c = (CopyItem) o;
            var copy = copyRows.findById(c.id()).orElseThrow();
            return List.of(Where.park("copy:" + c.id(), copy.getParkId()).ownedBy(copy.getRecipient()),
                    report(c.reportId()));
        }));
        t.put("ReviewCopies.unread()", count("ReviewCopies.copiedToMe(pageable)#unread"));

        t.put("ParkDesk.board(year)", rows(o -> ((DeskBoard) o).rows().stream()
                .map(r -> Where.park("desk:" + r.parkId(), r.parkId())).toList()));
        t.put("ParkDesk.years()", none("report years: the same for everyone"));
        t.put("ParkDesk.defaultYear()", none("a report year: the same for everyone"));
        t.put("ParkChases.of(parkId, reportYear)", rows(o -> {
            ChaseRecord c = (ChaseRecord) o;
            return List.of(Where.park("chase:" + c.parkId() + "@" + c.on(), c.parkId()));
        }));

        // One row per province: the province lies in the caller's subtree (national office) or is their own
        t.put("ProvinceAttainment.rows(year)", rows(o -> {
            ProvinceAttainmentRow r = (ProvinceAttainmentRow) o;
            return List.of(Where.jurisdiction("province:" + r.provinceId(), r.provinceId()));
        }).in(List.of(Map.of("year", 3751), Map.of("year", 3798))));
        t.put("ProvinceAttainment.years()", none("the report years with a published form: public"));

        t.put("ReviewRouteService.routes()", none("the provinces' review routes: no park's data"));
        t.put("WorkingCalendarService.days(year)", none("the working calendar: the same for every park"));
        t.put("WorkingCalendarService.deadlines()", none("submission deadlines: the same for every park"));

        t.put("AccountDirectory.members(role, scopeId)", none("internal plumbing (recipients of notices), no view or "
                + "endpoint calls it; see ServiceAccessMatrixTest"));
        t.put("AccountDirectory.membersOfGroup(candidateGroup)", none("internal plumbing, as members"));
        t.put("AccountDirectory.members(parkRole, parkId, jurisdictionRole, jurisdictionId)",
                none("internal plumbing, as members (a park's staff and its bureau's managers in one read)"));
        t.put("ApiTokenService.tokens()", none("API tokens: administrator only"));
        t.put("ApiTokenService.accountChoices()", none("accounts for a token: administrator only"));
        t.put("UserAdminService.allUsers()", none("accounts: administrator only"));
        t.put("UserAdminService.findUsers(text, pageable)", none("accounts: administrator only"));
        t.put("UserAdminService.countUsers(text)", none("accounts: administrator only"));
        t.put("UserAdminService.parkChoices()", rows(o -> List.of(Where.park("park:" + unitId(o), unitId(o)))));
        t.put("UserAdminService.jurisdictionChoices()", none("jurisdictions: administrator only"));
        return t;
    }

    /**
     * The API's list endpoints: the JSON path of the rows' park and the queries tried (every page is read).
     * {@code parkId}: {@code items[].parkId}; {@code publication}: {@code items[].id} is a publication.
     */
    static final String ENDPOINTS = """
            GET /api/reports                      | parkId      | ; size=7
            GET /api/evaluations                  | parkId      | ; size=7
            GET /api/rectification-tasks          | parkId      | ; state=OPEN; state=OVERDUE; state=DUE_SOON; state=AWAITING_VERIFICATION; state=CLOSED; parkId={parkA}; parkId={parkB}; roundId={roundA}
            GET /api/public/forms                 | publication | ; includeSuperseded=true; parkId={parkA}; parkId={parkB}&includeSuperseded=true
            GET /api/public/forms/{id}/indicators | one         | the indicator rows of one published form, public
            GET /api/public/indicators            | publicationId | ; includeSuperseded=true; parkId={parkA}&met=true; parkId={parkB}&met=false&includeSuperseded=true
            GET /api/public/search                | publication | q=introduction; q=introduction&status=ALL; q=introduction&park={parkA}&status=ALL; q=introduction&park={parkB}&status=ALL
            """;

    @BeforeEach
    void setUp() {
        mvc = MatrixMvc.of(context);
    }

    @Test
    void every_list_method_has_a_row() {
        Set<String> lists = listMethods().keySet();
        assertThat(lists).hasSizeGreaterThan(40);
        Set<String> table = services(fixtures.ids()).keySet();
        Set<String> missing = new TreeSet<>(lists);
        missing.removeAll(table);
        assertThat(missing).as("list, search and count methods without a row in ListScopeMatrixTest "
                + "(say how the park of a row is read, or why it holds no park's data)").isEmpty();
        Set<String> stale = new TreeSet<>(table);
        stale.removeAll(lists);
        assertThat(stale).as("rows for list methods that no longer exist").isEmpty();
    }

    @Test
    void every_list_endpoint_has_a_row() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Class<?> type = e.getValue().getMethod().getReturnType();
            if (e.getValue().getBeanType().getPackageName().startsWith("ecopark.")
                    && (type == ecopark.base.api.ApiPage.class || Collection.class.isAssignableFrom(type))) {
                e.getKey().getMethodsCondition().getMethods().forEach(m -> e.getKey().getPatternValues()
                        .forEach(p -> endpoints.add(m.name() + " " + p)));
            }
        }
        assertThat(endpoints).hasSizeGreaterThan(3);
        Set<String> rows = new TreeSet<>(endpointRows().keySet());
        assertThat(new TreeSet<>(endpoints)).as("API list endpoints and ListScopeMatrixTest.ENDPOINTS")
                .isEqualTo(rows);
    }

    /** Every row of every list lies in the caller's scope, and the other park's fixtures are not among them. */
    @Test
    void every_row_of_every_list_lies_in_the_callers_scope() {
        MatrixFixtures.Ids ids = fixtures.ids();
        Map<String, ServiceMethods.Entry> methods = ServiceMethods.of(context);
        ServiceArguments arguments = arguments(ids);
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int calls = 0;
        for (Map.Entry<String, Spec> e : services(ids).entrySet()) {
            Spec spec = e.getValue();
            if (!spec.kind().equals("rows")) {
                continue;
            }
            ServiceMethods.Entry entry = methods.get(e.getKey());
            for (Actor actor : allowed(e.getKey())) {
                for (Map<String, Object> variant : spec.variants()) {
                    // A filter naming a park outside the caller's scope may be refused (the dashboard does): no rows.
                    List<Object> result = collect(entry, arguments, variant, actor,
                            variant != spec.variants().get(0));
                    calls++;
                    seen.merge(e.getKey(), result.size(), Integer::sum);
                    for (Object row : result) {
                        for (Where where : fixtures.as(Actor.ADMIN, () -> spec.rows().apply(row))) {
                            String problem = problem(actor, where, ids);
                            if (problem != null) {
                                wrong.add(e.getKey() + " " + variant + " as " + actor + ": " + where + " " + problem);
                            }
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(100);
        assertThat(wrong).as("rows outside the caller's scope").isEmpty();
        // Not vacuous: every list answered someone with rows, except these two, empty by the fixtures: task A has no
        // extension request, and nobody holds review task A, whose holder alone is told hand-over candidates; the
        // fixtures' year has no report waiting in review, so the desk's review places are empty (ParkDeskTest has them).
        assertThat(seen.entrySet().stream().filter(s -> s.getValue() == 0).map(Map.Entry::getKey).toList())
                .as("lists that returned no row to anybody (the check above saw nothing)")
                .isSubsetOf("TaskQueries.extensions(taskId)", "ReviewService.handOverCandidates(taskId)",
                        "ReviewOverview.placesOfYear(year)");
    }

    /** Park A's and park B's lists each show their own fixtures (so their absence elsewhere means something). */
    @Test
    void each_side_sees_its_own_fixtures() {
        MatrixFixtures.Ids ids = fixtures.ids();
        Map<String, ServiceMethods.Entry> methods = ServiceMethods.of(context);
        ServiceArguments arguments = arguments(ids);
        Map<String, Spec> table = services(ids);
        record Expect(String method, Actor actor, String fixture) {
        }
        List<Expect> expected = List.of(
                new Expect("ReportService.findVisible(pageable)", Actor.STAFF_A, "report:" + ids.reportA()),
                new Expect("ReportService.findVisible(pageable)", Actor.STAFF_B, "report:" + ids.reportB()),
                new Expect("ReportService.findVisible(pageable)", Actor.ADMIN, "report:" + ids.reportB()),
                new Expect("ReportService.findVisible(pageable)", Actor.MANAGER_IN, "report:" + ids.reportA()),
                new Expect("TaskQueries.find(filter, pageable)", Actor.STAFF_A, "rectTask:" + ids.rectTaskA()),
                new Expect("TaskQueries.find(filter, pageable)", Actor.MANAGER_OUT, "rectTask:" + ids.rectTaskB()),
                new Expect("ReviewService.inbox(filter, pageable)", Actor.REVIEWER_IN,
                        "reviewTask:" + ids.reviewTaskA()),
                new Expect("ReviewCopies.copiedToMe(pageable)", Actor.REVIEWER_IN, "copy:" + ids.copyA()),
                new Expect("ReviewRecords.done(pageable)", Actor.REVIEWER_IN, "decision:" + ids.decisionA()),
                new Expect("Notifications.recent(limit)", Actor.STAFF_A, "notification:" + ids.notificationA()),
                new Expect("ReportAttachmentService.list(reportId)", Actor.STAFF_A,
                        "attachment:" + ids.attachmentA()),
                new Expect("EvidenceService.list(taskId)", Actor.STAFF_A, "evidence:" + ids.evidenceA()),
                new Expect("TaskQueries.rounds()", Actor.MANAGER_IN, "round:" + ids.roundA()),
                // Above park A's city: its province and the national office see what lies below them.
                new Expect("ReportService.findVisible(pageable)", Actor.REVIEWER_PROVINCE, "report:" + ids.reportA()),
                new Expect("ParkService.findVisible(text, pageable)", Actor.MANAGER_PROVINCE, "park:" + ids.parkA()),
                new Expect("TaskQueries.find(filter, pageable)", Actor.MANAGER_PROVINCE, "rectTask:" + ids.rectTaskA()),
                new Expect("TaskQueries.rounds()", Actor.MANAGER_PROVINCE, "round:" + ids.roundA()),
                new Expect("DashboardService.dashboard(filter)", Actor.MANAGER_PROVINCE, "park:" + ids.parkA()),
                new Expect("TaskQueries.find(filter, pageable)", Actor.MANAGER_NATIONAL, "rectTask:" + ids.rectTaskA()),
                new Expect("TaskQueries.find(filter, pageable)", Actor.MANAGER_NATIONAL, "rectTask:" + ids.rectTaskB()),
                new Expect("ReportService.findVisible(pageable)", Actor.MANAGER_NATIONAL, "report:" + ids.reportB()),
                new Expect("PublicForms.search(filter, pageable)", Actor.ANONYMOUS,
                        "publication:" + ids.publicationA()));
        List<String> missing = new ArrayList<>();
        for (Expect x : expected) {
            Spec spec = table.get(x.method());
            Set<String> fixturesSeen = new HashSet<>();
            for (Object row : collect(methods.get(x.method()), arguments, spec.variants().get(0), x.actor())) {
                fixtures.as(Actor.ADMIN, () -> spec.rows().apply(row)).forEach(w -> fixturesSeen.add(w.fixture()));
            }
            if (!fixturesSeen.contains(x.fixture())) {
                missing.add(x.method() + " as " + x.actor() + " lacks " + x.fixture());
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Each count equals the rows of its list, for every caller and filter; so it counts in scope too. */
    @Test
    void the_counts_are_the_callers_own() {
        MatrixFixtures.Ids ids = fixtures.ids();
        Map<String, ServiceMethods.Entry> methods = ServiceMethods.of(context);
        ServiceArguments arguments = arguments(ids);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Spec> e : services(ids).entrySet()) {
            Spec spec = e.getValue();
            if (!spec.kind().equals("count")) {
                continue;
            }
            String of = spec.countOf().replace("#unread", "");
            for (Actor actor : allowed(e.getKey())) {
                for (Map<String, Object> variant : spec.variants()) {
                    Object counted = call(methods.get(e.getKey()), arguments.forMethod(methods.get(e.getKey())
                            .method()), variant, actor);
                    long total;
                    if (counted instanceof Map<?, ?> byProgress) {
                        total = 0;
                        for (Map.Entry<?, ?> c : byProgress.entrySet()) {
                            long listed = collect(methods.get(of), arguments, Map.of("progress", c.getKey()), actor)
                                    .size();
                            if (((Number) c.getValue()).longValue() != listed) {
                                wrong.add(e.getKey() + "[" + c.getKey() + "] as " + actor + " = " + c.getValue()
                                        + ", its list has " + listed);
                            }
                            total += ((Number) c.getValue()).longValue();
                        }
                        long all = collect(methods.get(of), arguments, Collections.singletonNull("progress"), actor)
                                .size();
                        if (total != all) {
                            wrong.add(e.getKey() + " as " + actor + " sums to " + total + ", its list has " + all);
                        }
                        continue;
                    }
                    List<Object> listed = collect(methods.get(of), arguments, variant, actor);
                    long expected = spec.countOf().endsWith("#unread")
                            ? listed.stream().filter(c -> !((CopyItem) c).read()).count() : listed.size();
                    if (((Number) counted).longValue() != expected) {
                        wrong.add(e.getKey() + " " + variant + " as " + actor + " = " + counted + ", its list has "
                                + expected);
                    }
                }
            }
        }
        // The unread notifications: the caller's own, however many there are.
        ServiceMethods.Entry unread = methods.get("Notifications.unreadCount()");
        for (Actor actor : Actor.values()) {
            long counted = ((Number) call(unread, new Object[0], Map.of(), actor)).longValue();
            long own = actor.isAnonymous() ? 0 : notificationRows.countByRecipientAndReadAtIsNull(actor.username());
            if (counted != own) {
                wrong.add("Notifications.unreadCount() as " + actor + " = " + counted + ", own unread " + own);
            }
        }
        assertThat(wrong).as("counts that are not the count of the caller's list").isEmpty();
    }

    /** The task registry's export (Excel) names no park outside the caller's scope, whatever the filter. */
    @Test
    void the_exported_registry_names_only_parks_in_scope() throws Exception {
        MatrixFixtures.Ids ids = fixtures.ids();
        Map<String, ServiceMethods.Entry> methods = ServiceMethods.of(context);
        ServiceArguments arguments = arguments(ids);
        String key = "RectificationSpreadsheets.export(filter, locale)";
        Map<String, Long> parkByName = new HashMap<>();
        directory.parks().forEach(p -> parkByName.put(p.name(), p.id()));
        List<String> wrong = new ArrayList<>();
        int namedRows = 0;
        for (Actor actor : allowed(key)) {
            for (Map<String, Object> variant : services(ids).get(key).variants()) {
                ServiceMethods.Entry entry = methods.get(key);
                byte[] workbook = (byte[]) call(entry, arguments.forMethod(entry.method()), variant, actor);
                try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
                    for (Sheet sheet : book) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                Long park = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                        ? parkByName.get(cell.getStringCellValue().strip()) : null;
                                if (park == null) {
                                    continue;
                                }
                                namedRows++;
                                String problem = problem(actor, Where.park("park:" + park, park), ids);
                                if (problem != null) {
                                    wrong.add(key + " " + variant + " as " + actor + ": row " + row.getRowNum()
                                            + " names " + cell.getStringCellValue() + " " + problem);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(namedRows).as("rows of the exports that name a park").isPositive();
        assertThat(wrong).isEmpty();
    }

    /** The API's list endpoints: every item of every page lies in the caller's scope. */
    @Test
    void every_item_of_every_api_list_lies_in_the_callers_scope() throws Exception {
        MatrixFixtures.Ids ids = fixtures.ids();
        List<String> wrong = new ArrayList<>();
        int items = 0;
        for (Map.Entry<String, String[]> e : endpointRows().entrySet()) {
            String endpoint = e.getKey();
            String reading = e.getValue()[0];
            if (reading.equals("one")) {
                continue; // the rows of one object: the access table checks who may read it
            }
            for (Actor actor : Actor.values()) {
                AccessTable.Row row = API_ACCESS.row(endpoint);
                if (!row.expected(actor).equals("A")) {
                    continue;
                }
                for (String query : e.getValue()[1].split(";")) {
                    String q = query.strip().replace("{parkA}", "" + ids.parkA()).replace("{parkB}", "" + ids.parkB())
                            .replace("{roundA}", "" + ids.roundA());
                    for (int page = 0; page < 500; page++) {
                        String path = endpoint.substring(4) + "?page=" + page
                                + (q.contains("size=") ? "" : "&size=100") + (q.isEmpty() ? "" : "&" + q);
                        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path)
                                .accept(MediaType.APPLICATION_JSON);
                        if (!actor.isAnonymous()) {
                            request.with(httpBasic(actor.username(), Actor.PASSWORD));
                        }
                        MvcResult result = mvc.perform(request).andReturn();
                        if (result.getResponse().getStatus() != 200) {
                            wrong.add(path + " as " + actor + " answered " + result.getResponse().getStatus());
                            break;
                        }
                        JsonNode body = json.readTree(result.getResponse().getContentAsByteArray());
                        for (JsonNode item : body.get("items")) {
                            items++;
                            Where where = reading.equals("publication") || reading.equals("publicationId")
                                    ? fixtures.as(Actor.ADMIN, () -> publicationById(item.get(
                                            reading.equals("publication") ? "id" : "publication_id").asLong(),
                                            q.contains("includeSuperseded=true") || q.contains("status=ALL")))
                                    : Where.park("item:" + item.path("id").asLong(item.path("reportId").asLong()),
                                            item.get("parkId").asLong());
                            String problem = problem(actor, where, ids);
                            if (problem != null) {
                                wrong.add(path + " as " + actor + ": " + where + " " + problem);
                            }
                        }
                        if (page + 1 >= body.get("totalPages").asInt()) {
                            break;
                        }
                    }
                }
            }
        }
        assertThat(items).isGreaterThan(100);
        assertThat(wrong).as("API list items outside the caller's scope").isEmpty();
    }

    // ---- which methods are lists ----

    private Map<String, ServiceMethods.Entry> listMethods() {
        Map<String, ServiceMethods.Entry> lists = new LinkedHashMap<>();
        ServiceMethods.of(context).forEach((key, entry) -> {
            Class<?> type = entry.method().getReturnType();
            boolean list = Page.class.isAssignableFrom(type) || org.springframework.data.domain.Slice.class
                    .isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)
                    || Stream.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray()
                    || type == long.class || type == int.class || type == Long.class || type == Integer.class;
            if (list || ALSO.contains(key)) {
                lists.put(key, entry);
            }
        });
        return lists;
    }

    private static Map<String, String[]> endpointRows() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : ENDPOINTS.strip().split("\n")) {
            String[] parts = line.split("\\|");
            rows.put(parts[0].strip(), new String[] {parts[1].strip(), parts[2].strip()});
        }
        return rows;
    }

    /** The actors the service access table lets call the method. */
    private static List<Actor> allowed(String key) {
        AccessTable.Row row = SERVICE_ACCESS.row(key);
        if (row == null) {
            throw new IllegalStateException("No row in ServiceAccessMatrixTest for " + key);
        }
        return Arrays.stream(Actor.values()).filter(a -> row.expected(a).equals("A")).toList();
    }

    // ---- the scope ----

    /** Why the row should not be in the actor's list, or null when it may be. */
    private String problem(Actor actor, Where where, MatrixFixtures.Ids ids) {
        if (!where.published() && foreignFixtures(actor, ids).contains(where.fixture())) {
            return "is a fixture of the other park";
        }
        if (where.published()) {
            return null; // the public portal's: everyone's
        }
        if (actor.isAnonymous()) {
            return "is not a published form";
        }
        SignedInUser user = fixtures.user(actor);
        if (where.owner() != null && !where.owner().equals(user.username())) {
            return "is " + where.owner() + "'s, not the caller's";
        }
        if (user.role() == AppRole.ADMIN) {
            return null;
        }
        if (where.parkId() != null) {
            boolean in = user.role().isBoundToPark() ? where.parkId().equals(user.parkId())
                    : directory.jurisdictionOfPark(where.parkId())
                            .map(j -> directory.subtree(user.jurisdictionId()).contains(j)).orElse(false);
            return in ? null : "lies outside the caller's scope";
        }
        if (where.jurisdictionId() != null) {
            Long own = user.role().isBoundToPark() ? directory.jurisdictionOfPark(user.parkId()).orElse(null)
                    : user.jurisdictionId();
            boolean in = own != null && (directory.chain(own).contains(where.jurisdictionId())
                    || !user.role().isBoundToPark() && directory.subtree(own).contains(where.jurisdictionId()));
            return in ? null : "lies outside the caller's jurisdiction";
        }
        return where.owner() != null ? null : "belongs to no park (the administrator's alone)";
    }

    /**
     * Park B's fixtures for park A's, J's and J's province's users, park A's for B's and J2's; both for the third
     * bureau; none for the national office, which reaches both.
     */
    private static Set<String> foreignFixtures(Actor actor, MatrixFixtures.Ids ids) {
        Set<String> a = Set.of("report:" + ids.reportA(), "report:" + ids.reviewReportA(), "park:" + ids.parkA(),
                "reviewTask:" + ids.reviewTaskA(), "rectTask:" + ids.rectTaskA(), "attachment:" + ids.attachmentA(),
                "evidence:" + ids.evidenceA(), "copy:" + ids.copyA(), "decision:" + ids.decisionA(),
                "round:" + ids.roundA());
        Set<String> b = Set.of("report:" + ids.reportB(), "report:" + ids.reviewReportB(), "park:" + ids.parkB(),
                "reviewTask:" + ids.reviewTaskB(), "rectTask:" + ids.rectTaskB(), "attachment:" + ids.attachmentB(),
                "evidence:" + ids.evidenceB());
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return switch (actor) {
            case STAFF_A, REVIEWER_IN, MANAGER_IN, REVIEWER_PROVINCE, MANAGER_PROVINCE -> b;
            case STAFF_B, MANAGER_OUT -> a;
            case REVIEWER_OUT, ANONYMOUS -> both;
            case ADMIN, MANAGER_NATIONAL -> Set.of();
        };
    }

    // ---- reading a row's park ----

    private Where report(long reportId) {
        return Where.park("report:" + reportId, reportRows.findById(reportId).orElseThrow().getParkId());
    }

    private List<Where> reportItem(ReportListItem r) {
        return List.of(Where.park("report:" + r.id(), r.parkId()), report(r.id()));
    }

    private Where rectTask(long taskId, String fixture) {
        return Where.park(fixture.contains(":") ? fixture : "rectTask:" + taskId,
                taskRows.findById(taskId).orElseThrow().getParkId());
    }

    private List<Where> attachment(long attachmentId) {
        long reportId = attachmentRows.findById(attachmentId).orElseThrow().getReportId();
        return List.of(new Where("attachment:" + attachmentId, report(reportId).parkId(), null, null, false));
    }

    private List<Where> reviewTask(ReviewTaskItem t) {
        return List.of(new Where("reviewTask:" + t.taskId(), report(t.reportId()).parkId(), null, null, false),
                report(t.reportId()));
    }

    private Where round(long roundId) {
        var round = roundRows.findById(roundId).orElseThrow();
        return round.getParkId() != null ? Where.park("round:" + roundId, round.getParkId())
                : Where.jurisdiction("round:" + roundId, round.getJurisdictionId());
    }

    private Where roundItem(RoundItem r) {
        return r.parkId() != null ? Where.park("round:" + r.id(), r.parkId())
                : Where.jurisdiction("round:" + r.id(), r.jurisdictionId());
    }

    private static Where parkItem(ParkListItem p) {
        return Where.park("park:" + p.id(), p.id());
    }

    private Where account(String username) {
        var user = userRows.findByUsername(username).orElseThrow();
        return user.getParkId() != null ? Where.park("account:" + username, user.getParkId())
                : Where.jurisdiction("account:" + username, Objects.requireNonNull(user.getJurisdictionId()));
    }

    private static List<Where> auditEntry(AuditEntry e) {
        return e.getParkId() == null ? List.of(new Where("audit:" + e.getId(), null, null, null, false))
                : List.of(Where.park("audit:" + e.getId(), e.getParkId()));
    }

    /** A park in the list of parks that published: public, but only if it has a current form. */
    private Where publishedPark(long parkId) {
        boolean published = publicationRows.findAll().stream()
                .anyMatch(p -> p.getParkId() == parkId && p.getSupersededBy() == null);
        return new Where("publishedPark:" + parkId, parkId, null, null, published);
    }

    private Where publication(PublicationListing p) {
        return publicationById(p.id(), true);
    }

    /** A publication of the portal: it must exist and, unless superseded ones were asked for, be current. */
    private Where publicationById(long id, boolean supersededToo) {
        var publication = publicationRows.findById(id).orElse(null);
        boolean shown = publication != null && (supersededToo || publication.getSupersededBy() == null);
        return new Where("publication:" + id, publication == null ? null : publication.getParkId(), null, null,
                shown);
    }

    private List<Where> dashboard(Dashboard d) {
        List<Where> places = new ArrayList<>();
        d.byPark().forEach(p -> places.add(Where.park("park:" + p.parkId(), p.parkId())));
        d.longestOverdue().forEach(t -> places.add(Where.park("rectTask:" + t.id(), t.parkId())));
        d.rounds().forEach(r -> places.add(round(r.roundId())));
        return places;
    }

    private static long unitId(Object orgUnit) {
        return ((OrganisationDirectory.OrgUnit) orgUnit).id();
    }

    // ---- calling ----

    private ServiceArguments arguments(MatrixFixtures.Ids ids) {
        return new ServiceArguments(ids, () -> fixtures.as(Actor.STAFF_A, () -> reports.get(ids.reportA())), 0, 0,
                LocalDate.now(clock));
    }

    /** Every row the method returns to the actor: every page of a page, every element of a collection or stream. */
    private List<Object> collect(ServiceMethods.Entry entry, ServiceArguments arguments, Map<String, Object> variant,
            Actor actor) {
        return collect(entry, arguments, variant, actor, false);
    }

    private List<Object> collect(ServiceMethods.Entry entry, ServiceArguments arguments, Map<String, Object> variant,
            Actor actor, boolean refusalAllowed) {
        Object[] args = arguments.forMethod(entry.method());
        Parameter[] parameters = entry.method().getParameters();
        int pageable = -1;
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getType() == Pageable.class) {
                pageable = i;
            }
        }
        List<Object> rows = new ArrayList<>();
        for (int page = 0; page < 1000; page++) {
            if (pageable >= 0) {
                args[pageable] = PageRequest.of(page, PAGE);
            }
            Object result = call(entry, args, variant, actor, refusalAllowed);
            if (result instanceof Page<?> p) {
                rows.addAll(p.getContent());
                if (!p.hasNext()) {
                    break;
                }
                continue;
            }
            if (result instanceof Collection<?> c) {
                rows.addAll(c);
            } else if (result instanceof Stream<?> s) {
                s.forEach(rows::add);
            } else if (result != null) {
                rows.add(result);
            }
            break;
        }
        return rows;
    }

    /** Calls the method as the actor in a transaction rolled back; an exception fails (the actor may call it). */
    private Object call(ServiceMethods.Entry entry, Object[] arguments, Map<String, Object> variant, Actor actor) {
        return call(entry, arguments, variant, actor, false);
    }

    private Object call(ServiceMethods.Entry entry, Object[] arguments, Map<String, Object> variant, Actor actor,
            boolean refusalAllowed) {
        Method method = entry.method();
        Object[] args = arguments.clone();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (variant.containsKey(parameters[i].getName())) {
                args[i] = variant.get(parameters[i].getName());
            }
        }
        TransactionTemplate rollback = new TransactionTemplate(transactionManager);
        return fixtures.as(actor, () -> rollback.execute(status -> {
            status.setRollbackOnly();
            try {
                return method.invoke(entry.bean(), args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof ecopark.base.domain.BusinessRuleException) {
                    return null; // refused for a business reason (e.g. a task not held): no rows
                }
                if (refusalAllowed && e.getCause() instanceof org.springframework.security.access.AccessDeniedException) {
                    return null;
                }
                throw new IllegalStateException(ServiceMethods.Entry.class.getSimpleName() + " " + method + " as "
                        + actor + " " + variant + " failed", e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /** {@code Map.of} takes no null values; a filter of "all" is one. */
    private static final class Collections {

        static Map<String, Object> singletonNull(String key) {
            Map<String, Object> map = new HashMap<>();
            map.put(key, null);
            return map;
        }
    }
}
