package ecopark.rectification.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.base.i18n.TranslationProvider;
import ecopark.rectification.domain.DeadlineExtension;
import ecopark.rectification.domain.DeadlineExtensionRepository;
import ecopark.rectification.domain.EvidenceFileRepository;
import ecopark.rectification.domain.InspectionRound;
import ecopark.rectification.domain.InspectionRoundRepository;
import ecopark.rectification.domain.ProgressEntry;
import ecopark.rectification.domain.ProgressEntryRepository;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import ecopark.rectification.domain.TaskStatus;
import ecopark.rectification.process.RectificationNotices;
import ecopark.report.service.ReportService;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory;
import ecopark.security.SignedInUser;
import ecopark.security.service.AccountDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the registry of rectification tasks (整改台账), by {@link TaskAccess}'s rule: managers of a jurisdiction
 * hand tasks down (single tasks, inspection rounds, a round's ledger), verify and close them (销号) and decide
 * deadline extensions; the park's staff register the park's own findings, update progress, mark tasks done and ask
 * for extensions. Each step is audited and moves the task's BPMN process in the same transaction
 * ({@link TaskLifecycle}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TaskCommands {

    public static final int PERCENT_MAX = 100;

    private final TaskQueries queries;
    private final TaskLifecycle lifecycle;
    private final RectificationTaskRepository tasks;
    private final InspectionRoundRepository rounds;
    private final ProgressEntryRepository progress;
    private final DeadlineExtensionRepository extensions;
    private final EvidenceFileRepository evidence;
    private final TaskAccess access;
    private final OrganisationDirectory directory;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final RectificationNotices notices;
    private final Clock clock;

    private final ReportService reports;

    TaskCommands(TaskQueries queries, TaskLifecycle lifecycle, RectificationTaskRepository tasks,
            InspectionRoundRepository rounds, ProgressEntryRepository progress, DeadlineExtensionRepository extensions,
            EvidenceFileRepository evidence, TaskAccess access, OrganisationDirectory directory,
            AccountDirectory accounts, AuditTrail audit, RectificationNotices notices, Clock clock,
            ReportService reports) {
        this.reports = reports;
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.rounds = rounds;
        this.progress = progress;
        this.extensions = extensions;
        this.evidence = evidence;
        this.access = access;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ registering

    /**
     * Registers a task and starts its process. Managers register any source for the parks of their jurisdiction;
     * park staff register their own findings (internal checks, failed indicators, other) for their park only.
     */
    public long create(NewTask request) {
        requireMayRegister(request.parkId(), request.source());
        InspectionRound round = request.roundId() == null ? null : requireRoundFor(request.roundId(), request.parkId());
        if (round != null && round.getSource() != request.source()) {
            throw new BusinessRuleException("rectification.error.roundSource");
        }
        TaskRules.checkDescription(request.title(), request.description(), request.responsibleUnit(),
                request.responsiblePerson());
        LocalDate assignedOn = request.assignedOn() == null ? queries.today() : request.assignedOn();
        TaskRules.checkDeadline(request.deadline(), assignedOn);
        requireStaffAccount(request.parkId(), request.responsibleUsername());
        SignedInUser me = access.me();
        RectificationTask task = new RectificationTask(request.parkId(), request.source(), request.roundId(),
                assignedOn, clock.instant(), me.displayName());
        task.describe(request.title().strip(), blankToNull(request.description()), request.responsibleUnit().strip(),
                request.responsiblePerson().strip(), blankToNull(request.responsibleUsername()), request.deadline());
        return lifecycle.register(task, me).getId();
    }

    /**
     * docs/product.md: a failed indicator is a finding that becomes a task in one step, linked to the indicator and the
     * report, with a deadline at the end of the next quarter-year. The same indicator of the same report is registered
     * once; asking again returns the task already registered.
     */
    public long createFromIndicator(long reportId, long parkId, int year, String indicatorCode, String indicatorName) {
        Optional<RectificationTask> existing = tasks.findFirstByReportIdAndIndicatorCodeOrderByIdDesc(reportId,
                indicatorCode);
        if (existing.isPresent() && existing.get().getParkId() == parkId) {
            access.requireVisible(parkId);
            return existing.get().getId();
        }
        requireMayRegister(parkId, RectificationSource.FAILED_INDICATOR);
        // The report is read as the caller (its park's readers only) and must be the park's own, so a task never
        // links another park's report.
        if (reports.get(reportId).getParkId() != parkId) {
            access.deny("link report " + reportId + " to a task of park " + parkId);
        }
        SignedInUser me = access.me();
        LocalDate today = queries.today();
        RectificationTask task = new RectificationTask(parkId, RectificationSource.FAILED_INDICATOR, null, today,
                clock.instant(), me.displayName());
        String title = TaskRules.truncate(indicatorTitle(year, indicatorCode, indicatorName),
                RectificationTask.TITLE_MAX_LENGTH);
        // The park's own staff member answers for their finding; a manager names the person later.
        Long ownPark = access.ownPark();
        task.describe(title, null, directory.parkName(parkId).orElse(""), me.displayName(),
                ownPark != null && ownPark == parkId ? me.username() : null, today.plusMonths(3));
        task.linkTo(reportId, indicatorCode);
        return lifecycle.register(task, me).getId();
    }

    /**
     * Registers the ledger of an inspection round in one go (the spreadsheet import, a bureau's existing 台账): every
     * entry is checked first and either all are registered or none. Entries already closed are recorded as closed on
     * their day, without a process; the others start their process. Managers register for the parks of the round's
     * jurisdiction, staff only into their own park's batches.
     */
    public int registerLedger(long roundId, List<LedgerEntry> entries) {
        InspectionRound round = queries.visibleRound(roundId);
        LocalDate today = queries.today();
        // Checked once per park: a round's ledger may have hundreds of lines for the same few parks.
        entries.stream().map(LedgerEntry::parkId).distinct().forEach(parkId -> {
            if (!mayImport(round, parkId)) {
                access.deny("import into round " + round.getId() + " for park " + parkId);
            }
        });
        for (LedgerEntry e : entries) {
            TaskRules.checkDescription(e.title(), e.description(), e.responsibleUnit(), e.responsiblePerson());
            if (e.assignedOn() == null || e.assignedOn().isAfter(today)) {
                throw new BusinessRuleException("rectification.import.error.future");
            }
            TaskRules.checkDeadline(e.deadline(), e.assignedOn());
            if (e.closedOn() != null && (e.closedOn().isAfter(today) || e.closedOn().isBefore(e.assignedOn()))) {
                throw new BusinessRuleException("rectification.import.error.closedOnRange", e.assignedOn());
            }
            if (e.progressPercent() != null && (e.progressPercent() < 0 || e.progressPercent() > PERCENT_MAX)) {
                throw new BusinessRuleException("rectification.error.percent");
            }
        }
        SignedInUser me = access.me();
        for (LedgerEntry e : entries) {
            RectificationTask task = new RectificationTask(e.parkId(), round.getSource(), round.getId(),
                    e.assignedOn(), clock.instant(), me.displayName());
            task.describe(e.title().strip(), blankToNull(e.description()), e.responsibleUnit().strip(),
                    e.responsiblePerson().strip(), null, e.deadline());
            if (e.closedOn() != null) {
                task.markCompleted(e.closedOn(), null);
                task.close(e.closedOn(), me.displayName());
            } else if (e.progressPercent() != null && e.progressPercent() > 0) {
                task.recordProgress(e.progressPercent(), null);
            }
            lifecycle.register(task, me);
        }
        audit.record(me.asActor(), AuditAction.RECTIFICATION_IMPORTED, AuditSubject.RECTIFICATION_ROUND, round.getId(),
                round.getParkId(), entries.size(), round.getName());
        return entries.size();
    }

    /**
     * Whether the user may register a round's tasks for this park (see {@link #registerLedger}): the park is in the
     * round, and the user manages its tasks, or rectifies for it and the round is the park's own batch. A bureau's
     * round is filled by its own managers only ({@link #requireRoundFor}).
     */
    boolean mayImport(InspectionRound round, long parkId) {
        boolean inRound = round.getParkId() != null ? round.getParkId() == parkId : inBureauRound(round, parkId);
        return inRound && (access.mayManage(parkId) || access.mayRectify(parkId) && round.getParkId() != null)
                && (round.getParkId() != null || access.mayManageJurisdiction(round.getJurisdictionId()));
    }

    /** Whether a bureau's round reaches the park: the park's bureau is the round's or one below it. */
    private boolean inBureauRound(InspectionRound round, long parkId) {
        return directory.jurisdictionOfPark(parkId).map(j -> directory.subtree(round.getJurisdictionId()).contains(j))
                .orElse(false);
    }

    /** Corrects the describing fields; refused if someone saved in between (optimistic locking) or once closed. */
    public void update(long taskId, TaskEdit edit) {
        RectificationTask task = queries.visibleTask(taskId);
        if (task.getStatus().isClosed() || !queries.mayDescribe(task)) {
            access.deny("edit task " + taskId);
        }
        ConcurrentEditException.requireSameVersion(edit.expectedVersion(), task.getVersion());
        TaskRules.checkDescription(edit.title(), edit.description(), edit.responsibleUnit(),
                edit.responsiblePerson());
        requireStaffAccount(task.getParkId(), edit.responsibleUsername());
        task.describe(edit.title().strip(), blankToNull(edit.description()), edit.responsibleUnit().strip(),
                edit.responsiblePerson().strip(), blankToNull(edit.responsibleUsername()), task.getDeadline());
        lifecycle.save(task, access.me(), AuditAction.RECTIFICATION_EDITED);
    }

    /** Creates an inspection round for the manager's jurisdiction, or a batch of a park's own checks. */
    public RoundItem createRound(NewRound request) {
        SignedInUser me = access.me();
        long jurisdictionId;
        if (request.parkId() != null) {
            access.requireVisible(request.parkId());
            if (!access.mayRectify(request.parkId()) && !access.mayManage(request.parkId())) {
                access.deny("create a batch for park " + request.parkId());
            }
            jurisdictionId = directory.jurisdictionOfPark(request.parkId())
                    .orElseThrow(() -> new BusinessRuleException("park.error.notFound", request.parkId()));
        } else {
            Long managed = access.managedJurisdiction();
            if (managed == null) {
                access.deny("create a round for a jurisdiction");
            }
            jurisdictionId = managed;
        }
        if (request.source() == null) {
            throw new BusinessRuleException("rectification.error.sourceRequired");
        }
        if (request.parkId() != null && !access.mayManage(request.parkId())
                && !request.source().mayBeRegisteredByPark()) {
            throw new BusinessRuleException("rectification.error.sourceNotForPark");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new BusinessRuleException("rectification.error.roundNameRequired");
        }
        if (name.length() > InspectionRound.NAME_MAX_LENGTH) {
            throw new BusinessRuleException("rectification.error.tooLong", InspectionRound.NAME_MAX_LENGTH);
        }
        if (rounds.existsByJurisdictionIdAndName(jurisdictionId, name)) {
            throw new BusinessRuleException("rectification.error.roundExists", name);
        }
        InspectionRound round = rounds.save(new InspectionRound(jurisdictionId, request.parkId(), request.source(),
                name, request.issuedOn(), clock.instant(), me.displayName()));
        audit.record(me.asActor(), AuditAction.RECTIFICATION_ROUND_CREATED, AuditSubject.RECTIFICATION_ROUND,
                round.getId(), round.getParkId(), name);
        return TaskQueries.roundItem(round);
    }

    // ------------------------------------------------------------------ the park rectifies

    /** Records progress (percent and a note); the first update moves an open or returned task to "in progress". */
    public void recordProgress(long taskId, long expectedVersion, int percent, String note) {
        RectificationTask task = rectifyingTask(taskId);
        ConcurrentEditException.requireSameVersion(expectedVersion, task.getVersion());
        if (percent < 0 || percent > PERCENT_MAX) {
            throw new BusinessRuleException("rectification.error.percent");
        }
        String text = note(note);
        SignedInUser me = access.me();
        task.recordProgress(percent, text);
        progress.save(new ProgressEntry(taskId, percent, text, me.username(), me.displayName(), clock.instant()));
        lifecycle.save(task, me, AuditAction.RECTIFICATION_PROGRESS, percent, AuditDetail.note(text));
    }

    /**
     * The park reports the task done: it waits for a manager's verification. Evidence is required — a manager
     * closes a task on what the park shows, not on its word — and a pending extension request must be decided first.
     */
    public void markDone(long taskId, String note) {
        RectificationTask task = rectifyingTask(taskId);
        if (extensions.findFirstByTaskIdAndStatus(taskId, DeadlineExtension.Decision.PENDING).isPresent()) {
            throw new BusinessRuleException("rectification.error.extensionPending");
        }
        if (evidence.countByTaskId(taskId) == 0) {
            throw new BusinessRuleException("rectification.error.evidenceRequired");
        }
        SignedInUser me = access.me();
        String text = note(note);
        task.markCompleted(queries.today(), text);
        progress.save(new ProgressEntry(taskId, PERCENT_MAX, text, me.username(), me.displayName(), clock.instant()));
        lifecycle.save(task, me, AuditAction.RECTIFICATION_COMPLETED, text);
        lifecycle.complete(task, "rectify", Map.of("action", "DONE"));
    }

    /** Asks for a later deadline, with a reason; a manager of the jurisdiction decides. */
    public void requestExtension(long taskId, LocalDate requestedDeadline, String reason) {
        RectificationTask task = rectifyingTask(taskId);
        if (extensions.findFirstByTaskIdAndStatus(taskId, DeadlineExtension.Decision.PENDING).isPresent()) {
            throw new BusinessRuleException("rectification.error.extensionPending");
        }
        if (requestedDeadline == null || !requestedDeadline.isAfter(task.getDeadline())) {
            throw new BusinessRuleException("rectification.error.extensionDate", task.getDeadline());
        }
        String why = reason(reason);
        SignedInUser me = access.me();
        DeadlineExtension request = extensions.save(new DeadlineExtension(taskId, task.getDeadline(),
                requestedDeadline, why, me.username(), me.displayName(), clock.instant()));
        lifecycle.save(task, me, AuditAction.RECTIFICATION_EXTENSION_REQUESTED, requestedDeadline,
                AuditDetail.note(why));
        lifecycle.complete(task, "rectify", Map.of("action", "EXTEND", "extensionId", request.getId()));
        notices.extensionRequested(task, me.displayName(), requestedDeadline);
    }

    // ------------------------------------------------------------------ managers decide

    /** Verified: the task is closed (销号). Managers of the jurisdiction only, and only once the park reported it done. */
    public void close(long taskId, String note) {
        RectificationTask task = awaitingVerification(taskId);
        SignedInUser me = access.me();
        task.close(queries.today(), me.displayName());
        lifecycle.save(task, me, AuditAction.RECTIFICATION_CLOSED, blankToNull(note));
        lifecycle.complete(task, "verify", Map.of("decision", "CLOSE"));
    }

    /** Not verified: back to the park with the reason, which the park sees on the task. */
    public void returnToPark(long taskId, String reason) {
        RectificationTask task = awaitingVerification(taskId);
        String why = reason(reason);
        task.returnForRework(why);
        lifecycle.save(task, access.me(), AuditAction.RECTIFICATION_RETURNED, why);
        lifecycle.complete(task, "verify", Map.of("decision", "RETURN"));
    }

    /** Decides the pending extension request: approved, the deadline moves to the requested date. */
    public void decideExtension(long taskId, boolean approve, String note) {
        RectificationTask task = queries.visibleTask(taskId);
        access.requireManager(task.getParkId());
        DeadlineExtension request = extensions.findFirstByTaskIdAndStatus(taskId, DeadlineExtension.Decision.PENDING)
                .orElseThrow(() -> new BusinessRuleException("rectification.error.noPendingExtension"));
        String text = approve ? note(note) : reason(note);
        SignedInUser me = access.me();
        request.decide(approve, me.username(), me.displayName(), clock.instant(), text);
        if (approve) {
            task.extendDeadline(request.getRequestedDeadline());
        }
        lifecycle.save(task, me, approve ? AuditAction.RECTIFICATION_EXTENSION_APPROVED
                : AuditAction.RECTIFICATION_EXTENSION_REJECTED, request.getRequestedDeadline(), AuditDetail.note(text));
        lifecycle.complete(task, "decideExtension", Map.of("decision", approve ? "APPROVE" : "REJECT"));
    }

    // ------------------------------------------------------------------ for the other classes of the feature

    /** A task the current user rectifies now: staff of its park, while it is open, in progress or returned. */
    RectificationTask rectifyingTask(long taskId) {
        RectificationTask task = queries.visibleTask(taskId);
        access.requireRectifier(task.getParkId());
        if (!task.getStatus().isBeingRectified()) {
            throw new BusinessRuleException("rectification.error.notRectifying");
        }
        return task;
    }

    private RectificationTask awaitingVerification(long taskId) {
        RectificationTask task = queries.visibleTask(taskId);
        access.requireManager(task.getParkId());
        if (task.getStatus() != TaskStatus.AWAITING_VERIFICATION) {
            throw new BusinessRuleException("rectification.error.notAwaitingVerification");
        }
        return task;
    }

    private void requireMayRegister(long parkId, RectificationSource source) {
        access.requireVisible(parkId);
        if (source == null) {
            throw new BusinessRuleException("rectification.error.sourceRequired");
        }
        if (access.mayManage(parkId)) {
            return;
        }
        if (!access.mayRectify(parkId)) {
            access.deny("register tasks of park " + parkId);
        }
        if (!source.mayBeRegisteredByPark()) {
            throw new BusinessRuleException("rectification.error.sourceNotForPark");
        }
    }

    /**
     * A round the task may belong to: a round of the park's jurisdiction or of one above it (a province's inspection
     * reaches its cities' parks), and the park's own if it is a park batch. A round of a bureau above the park's is
     * filled by that bureau's managers only: a city does not add to its province's inspection.
     */
    private InspectionRound requireRoundFor(long roundId, long parkId) {
        InspectionRound round = rounds.findById(roundId)
                .orElseThrow(() -> new BusinessRuleException("rectification.error.roundNotFound", roundId));
        Long jurisdiction = directory.jurisdictionOfPark(parkId).orElse(null);
        boolean reaches = round.getParkId() != null ? round.getParkId() == parkId
                && round.getJurisdictionId().equals(jurisdiction) : inBureauRound(round, parkId);
        if (!reaches) {
            throw new BusinessRuleException("rectification.error.roundNotForPark", round.getName());
        }
        if (!round.getJurisdictionId().equals(jurisdiction)
                && !access.mayManageJurisdiction(round.getJurisdictionId())) {
            access.deny("add to round " + roundId + " of another bureau");
        }
        return round;
    }

    private void requireStaffAccount(long parkId, String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        boolean member = accounts.members(AppRole.STAFF, parkId).stream()
                .anyMatch(c -> c.username().equals(username));
        if (!member) {
            throw new BusinessRuleException("rectification.error.responsibleAccount", username);
        }
    }

    /** An optional note, within the length a note may have. */
    private static String note(String note) {
        String text = blankToNull(note);
        if (text != null && text.length() > RectificationTask.NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("rectification.error.tooLong", RectificationTask.NOTE_MAX_LENGTH);
        }
        return text;
    }

    /** A required reason (a return, a refusal, an extension request), within the length a note may have. */
    private static String reason(String reason) {
        String why = note(reason);
        if (why == null) {
            throw new BusinessRuleException("rectification.error.reasonRequired");
        }
        return why;
    }

    /** Titles are registry data, kept in the product's data language (Chinese) whoever registers them. */
    private static String indicatorTitle(int year, String code, String name) {
        return TranslationProvider.translate(TranslationProvider.CHINESE, "rectification.indicatorTask.title",
                String.valueOf(year), code, name);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
