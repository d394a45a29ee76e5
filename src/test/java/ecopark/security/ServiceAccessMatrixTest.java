package ecopark.security;

import static org.assertj.core.api.Assertions.assertThat;

import ecopark.ApplicationTest;
import ecopark.report.service.ReportService;
import ecopark.review.domain.CalendarDay;
import ecopark.review.domain.SubmissionDeadline;
import ecopark.review.service.WorkingCalendarService;
import ecopark.security.matrix.AccessTable;
import ecopark.security.matrix.Actor;
import ecopark.security.matrix.MatrixFixtures;
import ecopark.security.matrix.ServiceMethods;
import ecopark.security.matrix.ServiceArguments;
import ecopark.security.matrix.ServiceOutcome;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every public method of the application's public services against every kind of user ({@link Actor}), called through
 * the Spring proxy with park A's objects as arguments ({@link ServiceArguments}), each call in a transaction that is
 * rolled back, so one cell cannot change the next.
 *
 * <p>Which methods: every public, non-static method declared by a public class in an {@code ecopark.*.service}
 * package that is a Spring bean ({@code @Service}/{@code @Component}), except event listeners (the application calls
 * those, not users). {@link #every_service_method_has_a_row} fails when one has no row in {@link #TABLE}.
 *
 * <p>Cells: {@code A} = the call gets past the access check (it returns, or refuses for a business or validation
 * reason); {@code -} = refused: {@code AccessDeniedException}, no signed-in user, or the object reported as not found
 * (existence hidden from a user outside its park).
 */
@ApplicationTest
class ServiceAccessMatrixTest {

    /*
     * The rule (docs/product.md, issue 14): ADMIN runs parks, jurisdictions, users, catalogue, working calendar and
     * audit log, reads everything, and never drafts, edits, imports, submits, withdraws, starts corrections, decides
     * review tasks, hands down/verifies/closes rectification tasks, decides extensions or rectifies. STAFF of park A
     * read A and draft/submit/withdraw/correct A's reports and rectify A's tasks. REVIEWERS of J read J's parks and
     * claim/decide J's review tasks and read copies sent to them. MANAGERS of J read J's parks, see the review overview
     * and rectification dashboard of J, hand down/verify/close tasks and decide extensions. Anonymous: public portal.
     * Issue 16, the levels: the last three columns stand above park A's city J — a reviewer (revProv) and a manager
     * (mgrProv) of J's province and a manager of the national office (mgrNat). They read park A's objects as J does
     * and manage its rectification tasks (AccessPolicy: MANAGE_TASKS reaches down the tree), but act for a bureau
     * (create or fill an inspection round) at their own level only: round A is J's, so registerLedger and importRound
     * are refused them. Deciding review tasks is left as the review service answers today (the task's candidate group
     * is J's): the route's stage rule decides what a province may act on.
     */
    static final String TABLE = """
            # method                                                          | anon stA stB revIn revOut mgrIn mgrOut admin revProv mgrProv mgrNat
            AuditExport.export(filter, locale)                                 | -  -  -  -  -  -  -  A  -  -  -
            AuditLog.count(filter)                                             | -  -  -  -  -  -  -  A  -  -  -
            AuditLog.filter(from, to, actor, action, subject, parkId)          | -  -  -  -  -  -  -  A  -  -  -
            AuditLog.find(filter, pageable)                                    | -  -  -  -  -  -  -  A  -  -  -
            AuditLog.parkNames()                                               | -  -  -  -  -  -  -  A  -  -  -
            AuditLog.parks()                                                   | -  -  -  -  -  -  -  A  -  -  -
            AuditLog.people()                                                  | -  -  -  -  -  -  -  A  -  -  -
            AuditLog.zone()                                                    | -  -  -  -  -  -  -  A  -  -  -

            CatalogueAdminService.activate(standardId)                         | -  -  -  -  -  -  -  A  -  -  -
            CatalogueAdminService.addSelectionGroup(standardId, code, nameZh, nameEn, minSelected, indicatorCodes) | -  -  -  -  -  -  -  A  -  -  -
            CatalogueAdminService.setMinimumOptional(standardId, minimum)      | -  -  -  -  -  -  -  A  -  -  -
            CatalogueAdminService.updateFootnote(footnoteId, textZh, textEn)   | -  -  -  -  -  -  -  A  -  -  -
            CatalogueService.active()                                          | -  A  A  A  A  A  A  A  A  A  A
            CatalogueService.all()                                             | -  A  A  A  A  A  A  A  A  A  A
            CatalogueService.get(standardId)                                   | -  A  A  A  A  A  A  A  A  A  A

            IndicatorSheetService.apply(reportId, edits)                       | -  A  -  -  -  -  -  -  -  -  -
            IndicatorSheetService.catalogueOf(reportId)                        | -  A  -  A  -  A  -  A  A  A  A
            IndicatorSheetService.checkSubmission(reportId)                    | -  A  -  A  -  A  -  A  A  A  A
            IndicatorSheetService.clearOverride(reportId, code)                | -  A  -  -  -  -  -  -  -  -  -
            IndicatorSheetService.enterState(reportId, code, state)            | -  A  -  -  -  -  -  -  -  -  -
            IndicatorSheetService.enterValue(reportId, code, value)            | -  A  -  -  -  -  -  -  -  -  -
            IndicatorSheetService.evaluate(reportId)                           | -  A  -  A  -  A  -  A  A  A  A
            IndicatorSheetService.evaluatedSheet(reportId)                     | -  A  -  A  -  A  -  A  A  A  A
            IndicatorSheetService.findVisible(pageable)                        | -  A  A  A  A  A  A  A  A  A  A  # each sees their scope
            IndicatorSheetService.openSheet(reportId, parkId, year)            | -  A  -  -  -  -  -  -  -  -  -
            IndicatorSheetService.overrideThreshold(reportId, code, threshold, industry, industryShare, reason) | -  A  -  -  -  -  -  -  -  -  -
            IndicatorSheetService.preview(reportId, edits)                     | -  A  -  A  -  A  -  A  A  A  A  # computed, nothing written
            IndicatorSheetService.select(reportId, optionalCodes, changeReason) | -  A  -  -  -  -  -  -  -  -  -
            IndicatorSheetService.sheet(reportId)                              | -  A  -  A  -  A  -  A  A  A  A
            SheetImport.importWorkbook(reportId, content)                      | -  A  -  -  -  -  -  -  -  -  -
            SheetImport.maxMegabytes()                                         | -  A  A  A  A  A  A  A  A  A  A
            SheetWorkbook.export(reportId, locale)                             | -  A  -  A  -  A  -  A  A  A  A
            StatisticsService.apply(parkId, edits)                             | -  A  -  -  -  -  -  -  -  -  -
            StatisticsService.hasAny(parkId)                                   | -  A  -  A  -  A  -  A  A  A  A
            StatisticsService.problems(edits)                                  | -  A  A  A  A  A  A  A  A  A  A  # validation only, no park
            StatisticsService.record(parkId, year, values)                     | -  A  -  -  -  -  -  -  -  -  -
            StatisticsService.table(parkId, fromYear, toYear)                  | -  A  -  A  -  A  -  A  A  A  A
            StatisticsService.values(parkId, fromYear, toYear)                 | -  A  -  A  -  A  -  A  A  A  A

            # Notifications: send* is plumbing other services call (process listeners and timers run without a user).
            Notifications.markAllRead()                                        | -  A  A  A  A  A  A  A  A  A  A
            Notifications.markRead(notificationId)                             | -  A  -  -  -  -  -  -  -  -  -  # staff A's own
            Notifications.recent(limit)                                        | -  A  A  A  A  A  A  A  A  A  A
            Notifications.send(usernames, notice)                              | A  A  A  A  A  A  A  A  A  A  A  # internal
            Notifications.sendToGroup(candidateGroup, notice)                  | A  A  A  A  A  A  A  A  A  A  A  # internal
            Notifications.sendToRole(role, scopeId, notice)                    | A  A  A  A  A  A  A  A  A  A  A  # internal
            Notifications.sendToRoles(parkRole, parkId, jurisdictionRole, jurisdictionId, notice) | A  A  A  A  A  A  A  A  A  A  A  # internal
            Notifications.unreadCount()                                        | A  A  A  A  A  A  A  A  A  A  A  # 0 without a user

            ParkAdminService.allJurisdictions()                                | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.allParks()                                        | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.countParks(text)                                  | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.findParks(text, pageable)                         | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.getJurisdiction(jurisdictionId)                   | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.getPark(parkId)                                   | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.hasAnyPark()                                      | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.jurisdictionsWithParks()                          | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.latestBaseYear()                                  | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.possibleParents(level, selfId)                    | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.save(jurisdiction)                                | -  -  -  -  -  -  -  A  -  -  -
            ParkAdminService.save(park)                                        | -  -  -  -  -  -  -  A  -  -  -
            # 催办: a manager of a province over the park
            ParkChases.chase(parkIds, reportYear)                              | -  -  -  -  -  -  -  -  -  A  -
            ParkChases.latest(parkId, reportYear)                              | -  A  -  A  -  A  -  A  A  A  A
            ParkChases.mayChase(parkId)                                        | -  A  A  A  A  A  A  A  A  A  A  # asks, never refuses
            ParkChases.of(parkId, reportYear)                                  | -  A  -  A  -  A  -  A  A  A  A
            # The provinces' attainment (national desk): the national office and administrators every province, a
            # province's manager its own row; not a city's manager nor a reviewer
            ProvinceAttainment.mayRead()                                       | -  A  A  A  A  A  A  A  A  A  A  # asks, never refuses
            ProvinceAttainment.rows(year)                                      | -  -  -  -  -  -  A  A  -  A  A
            ProvinceAttainment.years()                                         | -  -  -  -  -  -  A  A  -  A  A
            # 报送台: managers at every level (each their scope), administrators read
            ParkDesk.board(year)                                               | -  -  -  -  -  A  A  A  -  A  A
            ParkDesk.defaultYear()                                             | -  -  -  -  -  A  A  A  -  A  A
            ParkDesk.years()                                                   | -  -  -  -  -  A  A  A  -  A  A

            # Annual notices: everyone signed in reads them; only a manager of the national office issues and edits
            ProvincePackages.bundle(packageId)                                 | -  -  -  -  -  -  -  -  -  -  -  # no package in the matrix: not found; ProvincePackagesTest reads one
            ProvincePackages.history(provinceId, reportYear)                   | -  -  -  -  -  -  -  -  -  A  A  # the province's own managers and the national office
            ProvincePackages.mayPrepare(provinceId)                            | -  A  A  A  A  A  A  A  A  A  A  # answers a question
            ProvincePackages.mayReceive()                                      | -  A  A  A  A  A  A  A  A  A  A  # answers a question
            ProvincePackages.preparingProvince()                               | -  A  A  A  A  A  A  A  A  A  A  # answers a question
            ProvincePackages.preview(provinceId, reportYear)                   | -  -  -  -  -  -  -  -  -  A  -  # the province's manager only (not a city's, not the nation's)
            ProvincePackages.received(reportYear)                              | -  -  -  -  -  -  -  -  -  -  A  # the national office only
            ProvincePackages.returnPackage(packageId, comment)                 | -  -  -  -  -  -  -  -  -  -  -  # the national office only; no package in the matrix: not found
            ProvincePackages.send(provinceId, request)                         | -  -  -  -  -  -  -  -  -  A  -  # the province's manager only
            ProvincePackages.validate(provinceId, request)                     | -  -  -  -  -  -  -  -  -  A  -  # the province's manager only
            ProvincePackages.summary(packageId)                                | -  -  -  -  -  -  -  -  -  -  -  # no package in the matrix: not found
            ProvincePackages.years()                                           | -  A  A  A  A  A  A  A  A  A  A  # the notices' years
            AnnualNotices.all()                                                | -  A  A  A  A  A  A  A  A  A  A
            AnnualNotices.forYear(reportYear)                                  | -  A  A  A  A  A  A  A  A  A  A
            AnnualNotices.mayIssue()                                           | -  A  A  A  A  A  A  A  A  A  A  # answers a question
            AnnualNotices.save(draft)                                          | -  -  -  -  -  -  -  -  -  -  A  # the national office only
            ProgrammeNames.forReportYear(reportYear)                           | A  A  A  A  A  A  A  A  A  A  A  # public portal: the form's title

            # The jurisdiction tree: plumbing the access rule and the review route ask (ids and levels only).
            JurisdictionHierarchy.ancestorAt(jurisdictionId, level)            | A  A  A  A  A  A  A  A  A  A  A  # internal
            JurisdictionHierarchy.atLevel(level)                               | A  A  A  A  A  A  A  A  A  A  A  # internal
            JurisdictionHierarchy.chain(jurisdictionId)                        | A  A  A  A  A  A  A  A  A  A  A  # internal
            JurisdictionHierarchy.levelOf(jurisdictionId)                      | A  A  A  A  A  A  A  A  A  A  A  # internal
            JurisdictionHierarchy.provinceOfPark(parkId)                       | A  A  A  A  A  A  A  A  A  A  A  # internal
            JurisdictionHierarchy.subtree(jurisdictionId)                      | A  A  A  A  A  A  A  A  A  A  A  # internal
            ParkService.findVisible(text, pageable)                            | -  A  A  A  A  A  A  A  A  A  A
            ParkService.get(parkId)                                            | -  A  -  A  -  A  -  A  A  A  A
            ParkService.visibleParkIds()                                       | -  A  A  A  A  A  A  A  A  A  A

            FormDocuments.draftPdf(reportId)                                   | -  A  -  A  -  A  -  A  A  A  A
            FormDocuments.publishedDocx(publicationId)                         | A  A  A  A  A  A  A  A  A  A  A  # public portal
            FormDocuments.publishedPdf(publicationId)                          | A  A  A  A  A  A  A  A  A  A  A
            FormDocuments.publishedDocxTag(publicationId)                      | A  A  A  A  A  A  A  A  A  A  A
            FormDocuments.publishedPdfTag(publicationId)                       | A  A  A  A  A  A  A  A  A  A  A
            FrozenForms.form(publicationId)                                    | A  A  A  A  A  A  A  A  A  A  A  # published forms, open data
            FrozenForms.ids(filter)                                            | A  A  A  A  A  A  A  A  A  A  A
            FrozenForms.idsOfPark(parkId)                                      | A  A  A  A  A  A  A  A  A  A  A
            FrozenForms.lastModified()                                         | A  A  A  A  A  A  A  A  A  A  A
            FrozenForms.parks()                                                | A  A  A  A  A  A  A  A  A  A  A
            FrozenForms.read(publicationIds)                                   | A  A  A  A  A  A  A  A  A  A  A
            OpenIndicators.find(filter, pageable)                              | A  A  A  A  A  A  A  A  A  A  A  # open data: published rows only
            OpenIndicators.forEach(selection, sink)                            | A  A  A  A  A  A  A  A  A  A  A
            OpenIndicators.form(publicationId)                                 | A  A  A  A  A  A  A  A  A  A  A
            OpenIndicators.lastModified()                                      | A  A  A  A  A  A  A  A  A  A  A
            OpenIndicators.park(parkId)                                        | A  A  A  A  A  A  A  A  A  A  A
            OpenIndicators.parks()                                             | A  A  A  A  A  A  A  A  A  A  A
            OpenIndicators.select(filter)                                      | A  A  A  A  A  A  A  A  A  A  A
            PublicForms.all()                                                  | A  A  A  A  A  A  A  A  A  A  A  # the sitemap
            PublicForms.filterOptions()                                        | A  A  A  A  A  A  A  A  A  A  A
            PublicForms.freshness(publicationId)                               | A  A  A  A  A  A  A  A  A  A  A
            PublicForms.form(publicationId)                                    | A  A  A  A  A  A  A  A  A  A  A
            PublicForms.search(filter, pageable)                               | A  A  A  A  A  A  A  A  A  A  A
            PublicForms.versions(publicationId)                                | A  A  A  A  A  A  A  A  A  A  A
            PublicForms.yearOverYear(parkId)                                   | A  A  A  A  A  A  A  A  A  A  A

            FormSearch.search(query, pageable)                                 | A  A  A  A  A  A  A  A  A  A  A  # public portal
            SearchIndexAdmin.lastFailure()                                     | -  -  -  -  -  -  -  A  -  -  -
            SearchIndexAdmin.rebuild()                                         | -  -  -  -  -  -  -  A  -  -  -

            # Signatures: the keys are the administrator's to install; a jurisdiction's own reviewers and managers (and the
            # system, for the package builder) sign in its name; anyone verifies.
            PdfSigner.sign(jurisdictionId, pdfBytes, reason, location, contact) | -  -  -  A  -  A  -  -  -  -  -
            SignatureVerifier.maxMegabytes()                                   | A  A  A  A  A  A  A  A  A  A  A
            SignatureVerifier.verify(bytes)                                    | A  A  A  A  A  A  A  A  A  A  A  # public portal and API
            SigningCredentials.giveTestCertificatesToProvinces()               | -  -  -  -  -  -  -  A  -  -  -  # demo data
            SigningCredentials.install(jurisdictionId, keystore, password)     | -  -  -  -  -  -  -  A  -  -  -
            SigningCredentials.overview()                                      | -  -  -  -  -  -  -  A  -  -  -

            DashboardService.dashboard(filter)                                 | -  -  -  -  -  A  A  A  -  A  A  # own jurisdiction / all
            EvidenceService.download(evidenceId)                               | -  A  -  A  -  A  -  A  A  A  A
            EvidenceService.list(taskId)                                       | -  A  -  A  -  A  -  A  A  A  A
            EvidenceService.maxSizeMegabytes()                                 | -  A  A  A  A  A  A  A  A  A  A
            EvidenceService.remove(evidenceId)                                 | -  A  -  -  -  -  -  -  -  -  -
            EvidenceService.upload(taskId, fileName, content)                  | -  A  -  -  -  -  -  -  -  -  -
            NarrativeFigureService.asOf(year)                                  | -  A  A  A  A  A  A  A  A  A  A
            NarrativeFigureService.check(parkId, year, text)                   | -  A  -  A  -  A  -  A  A  A  A
            NarrativeFigureService.figures(parkId, year)                       | -  A  -  A  -  A  -  A  A  A  A
            TaskCommands.close(taskId, note)                                   | -  -  -  -  -  A  -  -  -  A  A
            TaskQueries.count(filter)                                          | -  A  A  A  A  A  A  A  A  A  A
            TaskCommands.create(request)                                       | -  A  -  -  -  A  -  -  -  A  A  # staff register their park's own findings (a central-inspection source is then refused as a rule)
            TaskCommands.createFromIndicator(reportId, parkId, year, indicatorCode, indicatorName) | -  A  -  -  -  A  -  -  -  A  A
            TaskCommands.createRound(request)                                  | -  -  -  -  -  A  A  -  -  A  A  # a round of one's own jurisdiction
            TaskCommands.decideExtension(taskId, approve, note)                | -  -  -  -  -  A  -  -  -  A  A
            TaskQueries.extensions(taskId)                                     | -  A  -  A  -  A  -  A  A  A  A
            TaskQueries.find(filter, pageable)                                 | -  A  A  A  A  A  A  A  A  A  A
            TaskQueries.get(taskId)                                            | -  A  -  A  -  A  -  A  A  A  A
            TaskQueries.history(taskId)                                        | -  A  -  A  -  A  -  A  A  A  A
            TaskCommands.markDone(taskId, note)                                | -  A  -  -  -  -  -  -  -  -  -
            TaskQueries.mayRegister(parkId, source)                            | -  A  A  A  A  A  A  A  A  A  A  # answers a question
            TaskQueries.parks()                                                | -  A  A  A  A  A  A  A  A  A  A
            TaskQueries.progress(taskId)                                       | -  A  -  A  -  A  -  A  A  A  A
            TaskCommands.recordProgress(taskId, expectedVersion, percent, note) | -  A  -  -  -  -  -  -  -  -  -
            TaskCommands.registerLedger(roundId, entries)                      | -  -  -  -  -  A  -  -  -  -  -  # a round of J: its own managers fill it
            TaskCommands.requestExtension(taskId, requestedDeadline, reason)   | -  A  -  -  -  -  -  -  -  -  -
            TaskCommands.returnToPark(taskId, reason)                          | -  -  -  -  -  A  -  -  -  A  A
            TaskQueries.rounds()                                               | -  A  A  A  A  A  A  A  A  A  A
            TaskQueries.staffOf(parkId)                                        | -  A  -  A  -  A  -  A  A  A  A
            TaskQueries.taskForIndicator(reportId, parkId, indicatorCode)      | -  A  -  A  -  A  -  A  A  A  A
            TaskCommands.update(taskId, edit)                                  | -  -  -  -  -  A  -  -  -  A  A
            TaskQueries.importableRounds()                                     | -  A  A  A  A  A  A  A  A  A  A  # one's own rounds
            TaskQueries.registryActions()                                      | -  A  A  A  A  A  A  A  A  A  A  # answers a question
            TaskQueries.visibleParkIds()                                       | -  A  A  A  A  A  A  A  A  A  A
            RectificationSpreadsheets.export(filter, locale)                   | -  A  A  A  A  A  A  A  A  A  A
            RectificationSpreadsheets.importRound(roundId, workbookBytes)      | -  -  -  -  -  A  -  -  -  -  -  # a round of J: its own managers fill it
            RectificationSpreadsheets.importTemplate(locale)                   | -  A  A  A  A  A  A  A  A  A  A
            RectificationSpreadsheets.maxMegabytes()                           | -  A  A  A  A  A  A  A  A  A  A

            ReportAttachmentService.download(attachmentId)                     | -  A  -  A  -  A  -  A  A  A  A
            ReportAttachmentService.list(reportId)                             | -  A  -  A  -  A  -  A  A  A  A
            ReportAttachmentService.maxSizeMegabytes()                         | -  A  A  A  A  A  A  A  A  A  A
            ReportAttachmentService.remove(attachmentId)                       | -  A  -  -  -  -  -  -  -  -  -
            ReportAttachmentService.upload(reportId, fileName, content)        | -  A  -  -  -  -  -  -  -  -  -
            ReportAttachmentService.uploadDeliverable(reportId, deliverableId, fileName, content) | -  A  -  -  -  -  -  -  -  -  -
            ReportDeadlines.countdown(reportYear, status)                      | -  A  A  A  A  A  A  A  A  A  A
            ReportOverview.counts()                                            | -  A  A  A  A  A  A  A  A  A  A
            ReportOverview.find(progress, pageable)                            | -  A  A  A  A  A  A  A  A  A  A
            ReportOverview.ofYear(year)                                        | -  A  A  A  A  A  A  A  A  A  A
            ReportService.actionsOn(report)                                    | -  A  A  A  A  A  A  A  A  A  A  # the caller read the report; NONE outside the park
            ReportService.actionsOn(reportId)                                  | -  A  -  A  -  A  -  A  A  A  A
            ReportService.parkToDraftFor()                                     | -  A  A  A  A  A  A  A  A  A  A
            ReportService.create(parkId, year)                                 | -  A  -  -  -  -  -  -  -  -  -
            ReportService.findVisible(pageable)                                | -  A  A  A  A  A  A  A  A  A  A
            ReportService.get(reportId)                                        | -  A  -  A  -  A  -  A  A  A  A
            ReportService.history(reportId)                                    | -  A  -  A  -  A  -  A  A  A  A
            ReportService.requireDraftable(reportId)                           | -  A  -  -  -  -  -  -  -  -  -
            ReportService.reviewFeedback(reportId)                             | -  A  -  A  -  A  -  A  A  A  A
            ReportService.reviewPosition(reportId)                             | -  A  -  A  -  A  -  A  A  A  A
            ReportService.saveDraft(reportId, draft)                           | -  A  -  -  -  -  -  -  -  -  -
            ReportService.saveDraft(reportId, draft, sheetEdits)               | -  A  -  -  -  -  -  -  -  -  -
            ReportService.topicAnswers(reportId)                               | -  A  -  A  -  A  -  A  A  A  A
            ReportWorkflow.moveTo(reportId, status, reviewStage)               | -  -  -  -  -  -  -  -  -  -  -  # only the review process (system actor)
            ReportWorkflow.publish(reportId, revisionNumber)                   | -  -  -  -  -  -  -  -  -  -  -  # only the review process (system actor)
            ReportWorkflow.revision(reportId, number)                          | -  A  -  A  -  A  -  A  A  A  A
            ReportWorkflow.revisions(reportId)                                 | -  A  -  A  -  A  -  A  A  A  A
            ReportWorkflow.startCorrection(reportId)                           | -  A  -  -  -  -  -  -  -  -  -
            ReportWorkflow.submissionProblems(reportId)                        | -  A  -  A  -  A  -  A  A  A  A
            ReportWorkflow.submit(reportId)                                    | -  A  -  -  -  -  -  -  -  -  -
            ReportWorkflow.withdraw(reportId)                                  | -  A  -  -  -  -  -  -  -  -  -
            RevisionComparison.compare(reportId, from, to)                     | -  A  -  A  -  A  -  A  A  A  A
            RevisionComparison.revisions(reportId)                             | -  A  -  A  -  A  -  A  A  A  A

            ReviewDiagrams.ofReport(reportId)                                  | -  A  -  A  -  A  -  A  A  A  A
            ReviewOverview.counts()                                            | -  -  -  -  -  A  A  A  -  A  A
            ReviewOverview.placesOfYear(year)                                  | -  -  -  -  -  A  A  A  -  A  A
            ReviewOverview.rows(progress, pageable)                            | -  -  -  -  -  A  A  A  -  A  A
            ReviewRecords.attachments(reportId)                                | -  A  -  A  -  A  -  A  A  A  A
            ReviewRouteService.routes()                                        | -  -  -  -  -  -  -  A  -  -  -
            ReviewRouteService.save(provinceId, expectedVersion, cityPreReview, preReviewDays, preliminaryDays, finalDays) | -  -  -  -  -  -  -  A  -  -  -
            ReviewRecords.decision(decisionId)                                 | -  -  -  A  -  -  -  -  A  -  -  # for the bureau's reviewers
            ReviewRecords.download(attachmentId)                               | -  A  -  A  -  A  -  A  A  A  A
            ReviewService.approve(taskId, comment)                             | -  -  -  A  -  -  -  -  A  -  -
            ReviewService.claim(taskId)                                        | -  -  -  A  -  -  -  -  A  -  -
            ReviewService.comment(taskId, anchor, body)                        | -  -  -  A  -  -  -  -  A  -  -
            ReviewService.comments(reportId)                                   | -  A  -  A  -  A  -  A  A  A  A
            ReviewCopies.copiedToMe(pageable)                                  | -  -  -  A  A  A  A  -  A  A  A  # one's own copies
            ReviewCopies.copy(taskId, recipients, note)                        | -  -  -  A  -  -  -  -  A  -  -
            ReviewCopies.candidates(taskId)                                    | -  -  -  A  -  -  -  -  A  -  -
            ReviewRecords.done(pageable)                                       | -  -  -  A  A  -  -  -  A  -  -
            ReviewService.handOver(taskId, toUsername, note)                   | -  -  -  A  -  -  -  -  A  -  -
            ReviewService.handOverCandidates(taskId)                           | -  -  -  A  -  -  -  -  A  -  -
            ReviewService.history(taskId)                                      | -  -  -  A  -  -  -  -  A  -  -
            ReviewService.inbox(filter, pageable)                              | -  -  -  A  A  -  -  -  A  -  -
            ReviewService.inbox(stage, mineOnly, pageable)                     | -  -  -  A  A  -  -  -  A  -  -
            ReviewCopies.open(copyId)                                          | -  -  -  A  -  -  -  -  -  -  -  # the recipient's copy
            ReviewService.parkChoices()                                        | -  -  -  A  A  A  A  -  A  A  A
            ReviewService.returnToPark(taskId, comment)                        | -  -  -  A  -  -  -  -  A  -  -
            ReviewService.task(taskId)                                         | -  -  -  A  -  -  -  -  A  -  -
            ReviewService.unclaim(taskId)                                      | -  -  -  A  -  -  -  -  A  -  -
            ReviewCopies.unread()                                              | -  -  -  A  A  A  A  -  A  A  A
            WorkingCalendarService.days(year)                                  | -  -  -  -  -  -  -  A  -  -  -
            WorkingCalendarService.deadlines()                                 | -  -  -  -  -  -  -  A  -  -  -
            WorkingCalendarService.defaultDeadline()                           | -  -  -  -  -  -  -  A  -  -  -
            WorkingCalendarService.remove(dayId, expectedVersion)              | -  -  -  -  -  -  -  A  -  -  -
            WorkingCalendarService.removeDeadline(deadlineId, expectedVersion) | -  -  -  -  -  -  -  A  -  -  -
            WorkingCalendarService.save(day)                                   | -  -  -  -  -  -  -  A  -  -  -
            WorkingCalendarService.save(deadline)                              | -  -  -  -  -  -  -  A  -  -  -

            # The account directory is plumbing for other services (recipients of notices, candidates), no view calls it.
            AccountDirectory.contact(username)                                 | A  A  A  A  A  A  A  A  A  A  A  # internal
            AccountDirectory.anyBoundTo(jurisdictionId)                        | A  A  A  A  A  A  A  A  A  A  A  # internal
            AccountDirectory.members(role, scopeId)                            | A  A  A  A  A  A  A  A  A  A  A  # internal
            AccountDirectory.members(parkRole, parkId, jurisdictionRole, jurisdictionId) | A  A  A  A  A  A  A  A  A  A  A  # internal
            AccountDirectory.membersOfGroup(candidateGroup)                    | A  A  A  A  A  A  A  A  A  A  A  # internal
            AccountService.changeOwnPassword(currentPassword, newPassword)     | -  A  A  A  A  A  A  A  A  A  A
            ApiTokenService.accountChoices()                                   | -  -  -  -  -  -  -  A  -  -  -
            ApiTokenService.issue(request)                                     | -  -  -  -  -  -  -  A  -  -  -
            ApiTokenService.revoke(tokenId)                                    | -  -  -  -  -  -  -  A  -  -  -
            ApiTokenService.tokens()                                           | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.allUsers()                                        | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.countUsers(text)                                  | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.create(account)                                   | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.create(username, displayName, role, parkId, jurisdictionId, initialPassword) | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.findUsers(text, pageable)                         | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.get(userId)                                       | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.jurisdictionChoices()                             | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.parkChoices()                                     | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.resetPassword(userId, newPassword)                | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.setEnabled(userId, enabled)                       | -  -  -  -  -  -  -  A  -  -  -
            UserAdminService.update(userId, version, changes)                  | -  -  -  -  -  -  -  A  -  -  -
            """;

    private static final AccessTable ACCESS = AccessTable.parse(TABLE);

    /**
     * Ids that only narrow a search inside a park the method checks through another parameter: another park's id
     * finds nothing there (an empty answer), which is no leak.
     */
    private static final java.util.Set<String> FILTER_ONLY = java.util.Set.of(
            "TaskQueries.taskForIndicator(reportId, parkId, indicatorCode)#reportId");

    @Autowired ApplicationContext context;
    @Autowired MatrixFixtures fixtures;
    @Autowired ReportService reports;
    @Autowired WorkingCalendarService calendar;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;

    @Test
    void every_service_method_has_a_row() {
        Map<String, ServiceMethods.Entry> methods = ServiceMethods.of(context);
        assertThat(methods).hasSizeGreaterThan(100);
        assertThat(ACCESS.missing(methods.keySet())).as("service methods without a row in the access table "
                + "(decide who may call them and add the row)").isEmpty();
        assertThat(ACCESS.stale(methods.keySet())).as("rows for methods that no longer exist").isEmpty();
    }

    @Test
    void every_cell_of_the_table_holds() {
        MatrixFixtures.Ids ids = fixtures.ids();
        ServiceArguments arguments = arguments(ids);
        Map<String, ServiceMethods.Entry> methods = ServiceMethods.of(context);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (AccessTable.Row row : ACCESS.rows()) {
            ServiceMethods.Entry entry = methods.get(row.key());
            if (entry == null) {
                continue; // reported by every_service_method_has_a_row
            }
            for (Actor actor : Actor.values()) {
                ServiceOutcome outcome = call(entry, arguments, actor);
                cells++;
                if (!outcome.matches(row.expected(actor))) {
                    wrong.add(row.key() + " as " + actor + ": expected " + row.expected(actor) + ", was " + outcome);
                }
            }
        }
        assertThat(cells).isEqualTo(ACCESS.rows().size() * Actor.values().length);
        assertThat(wrong).as("cells of the service access table that do not hold").isEmpty();
    }

    /**
     * Id guessing: every method that takes the id of a park's object (report, park, task, attachment, evidence, copy),
     * called by the users of park A, J and J's province with park B's object, is refused or told "not found"; with an id nothing has
     * it never returns normally.
     */
    @Test
    void the_objects_of_another_park_are_refused_whatever_the_id() {
        MatrixFixtures.Ids ids = fixtures.ids();
        Map<String, ServiceMethods.Entry> methods = ServiceMethods.of(context);
        List<String> wrong = new ArrayList<>();
        Map<String, Long> foreign = Map.of("reportId", ids.reportB(), "parkId", ids.parkB(), "taskId", ids.rectTaskB(),
                "attachmentId", ids.attachmentB(), "evidenceId", ids.evidenceB(), "copyId", ids.copyOfOther());
        for (AccessTable.Row row : ACCESS.rows()) {
            ServiceMethods.Entry entry = methods.get(row.key());
            if (entry == null || row.expected(Actor.ADMIN).equals("A") && row.expected(Actor.STAFF_B).equals("A")) {
                continue; // open to everyone signed in: nothing of one park
            }
            for (java.lang.reflect.Parameter p : entry.method().getParameters()) {
                String parameter = p.getName();
                Long other = p.getType() == long.class ? foreign.get(parameter) : null;
                if (other == null || FILTER_ONLY.contains(row.key() + "#" + parameter)) {
                    continue; // review task ids are strings: see review_tasks_of_another_park_are_refused_whatever_the_id
                }
                for (long guess : new long[] {other, MatrixFixtures.MISSING}) {
                    ServiceArguments swapped = arguments(ids).swapping(parameter, guess);
                    // J's province reaches park A, not park B: it is asked for B's objects as J's own users are.
                    for (Actor actor : List.of(Actor.STAFF_A, Actor.REVIEWER_IN, Actor.MANAGER_IN,
                            Actor.REVIEWER_PROVINCE, Actor.MANAGER_PROVINCE)) {
                        ServiceOutcome outcome = call(entry, swapped, actor);
                        // Another park's object: refused or "not found". A missing id: anything but an answer.
                        boolean refused = guess == other ? outcome.matches("-")
                                : outcome.kind() != ServiceOutcome.Kind.RETURNED;
                        if (!refused) {
                            wrong.add(row.key() + " with " + parameter + "=" + guess + " as " + actor + ": " + outcome);
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("calls that reached another park's object or answered a guessed id").isEmpty();
    }

    /**
     * Review tasks have String ids (Flowable's), so {@link #the_objects_of_another_park_are_refused_whatever_the_id}
     * does not reach them: every method taking a review task id is tried here by every kind of user with park B's
     * open review task (in J2, whose reviewers none of the columns is) and with an id no task has. Cells: {@code -} =
     * refused or "not found"; {@code R} = refused for a business reason that answers nothing (a task id nobody has is
     * told as already decided). {@link #every_review_task_method_has_its_guessing_rows} fails on a method without
     * both rows.
     */
    static final String REVIEW_TASK_GUESSES = """
            # method, with park B's task (@foreign) or no task (@missing)    | anon stA stB revIn revOut mgrIn mgrOut admin revProv mgrProv mgrNat
            ReviewService.approve(taskId, comment) @foreign                    | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.approve(taskId, comment) @missing                    | -  -  -  R  R  -  -  -  R  -  -
            ReviewService.claim(taskId) @foreign                               | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.claim(taskId) @missing                               | -  -  -  R  R  -  -  -  R  -  -
            ReviewService.comment(taskId, anchor, body) @foreign               | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.comment(taskId, anchor, body) @missing               | -  -  -  R  R  -  -  -  R  -  -
            ReviewService.handOver(taskId, toUsername, note) @foreign          | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.handOver(taskId, toUsername, note) @missing          | -  -  -  R  R  -  -  -  R  -  -
            ReviewService.handOverCandidates(taskId) @foreign                  | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.handOverCandidates(taskId) @missing                  | -  -  -  R  R  -  -  -  R  -  -
            ReviewService.history(taskId) @foreign                             | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.history(taskId) @missing                             | -  -  -  R  R  -  -  -  R  -  -
            ReviewService.returnToPark(taskId, comment) @foreign               | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.returnToPark(taskId, comment) @missing               | -  -  -  R  R  -  -  -  R  -  -
            ReviewService.task(taskId) @foreign                                | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.task(taskId) @missing                                | -  -  -  R  R  -  -  -  R  -  -
            ReviewService.unclaim(taskId) @foreign                             | -  -  -  -  -  -  -  -  -  -  -
            ReviewService.unclaim(taskId) @missing                             | -  -  -  R  R  -  -  -  R  -  -
            ReviewCopies.candidates(taskId) @foreign                           | -  -  -  -  -  -  -  -  -  -  -
            ReviewCopies.candidates(taskId) @missing                           | -  -  -  R  R  -  -  -  R  -  -
            ReviewCopies.copy(taskId, recipients, note) @foreign               | -  -  -  -  -  -  -  -  -  -  -
            ReviewCopies.copy(taskId, recipients, note) @missing               | -  -  -  R  R  -  -  -  R  -  -
            """;

    private static final AccessTable REVIEW_TASK_ACCESS = AccessTable.parse(REVIEW_TASK_GUESSES);

    @Test
    void every_review_task_method_has_its_guessing_rows() {
        java.util.Set<String> expected = new java.util.TreeSet<>();
        ServiceMethods.of(context).forEach((key, entry) -> {
            if (java.util.Arrays.stream(entry.method().getParameters())
                    .anyMatch(p -> p.getName().equals("taskId") && p.getType() == String.class)) {
                expected.add(key + " @foreign");
                expected.add(key + " @missing");
            }
        });
        assertThat(expected).hasSizeGreaterThan(10);
        java.util.Set<String> rows = new java.util.TreeSet<>();
        REVIEW_TASK_ACCESS.rows().forEach(r -> rows.add(r.key()));
        assertThat(rows).as("REVIEW_TASK_GUESSES against the methods taking a review task id").isEqualTo(expected);
    }

    @Test
    void review_tasks_of_another_park_are_refused_whatever_the_id() {
        MatrixFixtures.Ids ids = fixtures.ids();
        Map<String, ServiceMethods.Entry> methods = ServiceMethods.of(context);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (AccessTable.Row row : REVIEW_TASK_ACCESS.rows()) {
            String[] parts = row.key().split(" @");
            ServiceMethods.Entry entry = methods.get(parts[0]);
            if (entry == null) {
                continue; // reported by every_review_task_method_has_its_guessing_rows
            }
            String guess = parts[1].equals("foreign") ? ids.reviewTaskB() : "matrix-no-such-task";
            ServiceArguments swapped = arguments(ids).swappingReviewTask(guess);
            for (Actor actor : Actor.values()) {
                ServiceOutcome outcome = call(entry, swapped, actor);
                cells++;
                String cell = row.expected(actor);
                boolean holds = cell.equals("R") ? outcome.kind() == ServiceOutcome.Kind.REFUSED_BY_RULE
                        : outcome.matches(cell);
                if (!holds) {
                    wrong.add(row.key() + " as " + actor + ": expected " + cell + ", was " + outcome);
                }
            }
        }
        assertThat(cells).isEqualTo(REVIEW_TASK_ACCESS.rows().size() * Actor.values().length);
        assertThat(wrong).as("calls that reached park B's review task or answered a guessed one").isEmpty();
    }

    private ServiceArguments arguments(MatrixFixtures.Ids ids) {
        // A holiday and a submission deadline for the calendar's remove methods (the calendar takes 2000–2100 only).
        long[] calendarIds = fixtures.as(Actor.ADMIN, () -> {
            CalendarDay day = calendar.days(2098).stream().findFirst()
                    .orElseGet(() -> calendar.save(new CalendarDay(LocalDate.of(2098, 1, 1), CalendarDay.Kind.HOLIDAY,
                            "访问矩阵元旦")));
            SubmissionDeadline deadline = calendar.deadlines().stream().findFirst()
                    .orElseGet(() -> calendar.save(new SubmissionDeadline(2098, LocalDate.of(2099, 3, 31))));
            return new long[] {day.getId(), deadline.getId()};
        });
        return new ServiceArguments(ids, () -> fixtures.as(Actor.STAFF_A, () -> reports.get(ids.reportA())),
                calendarIds[0], calendarIds[1], LocalDate.now(clock));
    }

    private ServiceOutcome call(ServiceMethods.Entry entry, ServiceArguments arguments, Actor actor) {
        Method method = entry.method();
        Object[] args = arguments.forMethod(method);
        TransactionTemplate rollback = new TransactionTemplate(transactionManager);
        return fixtures.as(actor, () -> rollback.execute(status -> {
            status.setRollbackOnly();
            return ServiceOutcome.of(() -> method.invoke(entry.bean(), args));
        }));
    }
}
