package ecopark.rectification.service;

import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.base.domain.LikePattern;
import ecopark.base.i18n.TranslationProvider;
import ecopark.park.service.ParkService;
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
import ecopark.rectification.process.RectificationProcess;
import ecopark.security.OrganisationDirectory;
import ecopark.security.SignedInUser;
import ecopark.security.service.AccountDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of rectification tasks (整改台账) and their lifecycle. Managers of a jurisdiction hand tasks down
 * (inspection rounds), verify and close them (销号) and decide deadline extensions; park staff register their own
 * findings, update progress, upload evidence and mark tasks done. Each step is recorded in the audit trail and moves
 * the task's BPMN process in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RectificationService {

    /** "Due soon" on lists and the dashboard: the deadline is at most this many days away. */
    public static final int DUE_SOON_DAYS = 30;
    public static final int PERCENT_MAX = 100;

    private final RectificationTaskRepository tasks;
    private final InspectionRoundRepository rounds;
    private final ProgressEntryRepository progress;
    private final DeadlineExtensionRepository extensions;
    private final EvidenceFileRepository evidence;
    private final TaskAccess access;
    private final ParkService parks;
    private final OrganisationDirectory directory;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final TaskService processTasks;
    private final RectificationNotices notices;
    private final Clock clock;

    RectificationService(RectificationTaskRepository tasks, InspectionRoundRepository rounds,
            ProgressEntryRepository progress, DeadlineExtensionRepository extensions, EvidenceFileRepository evidence,
            TaskAccess access, ParkService parks, OrganisationDirectory directory, AccountDirectory accounts,
            AuditTrail audit, RuntimeService runtime, TaskService processTasks, RectificationNotices notices,
            Clock clock) {
        this.tasks = tasks;
        this.rounds = rounds;
        this.progress = progress;
        this.extensions = extensions;
        this.evidence = evidence;
        this.access = access;
        this.parks = parks;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.runtime = runtime;
        this.processTasks = processTasks;
        this.notices = notices;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** Tasks of the parks the user may reach, filtered; overdue and due-soon are computed from today's date. */
    @Transactional(readOnly = true)
    public Page<TaskListItem> find(TaskFilter filter, Pageable pageable) {
        Map<Long, String> parkNames = visibleParkNames();
        Page<RectificationTask> page = tasks.findAll(specification(filter, parkNames.keySet()), pageable);
        return page.map(listing(parkNames, roundNames(page.getContent())));
    }

    /** How many tasks the filter finds among the parks the user may reach. */
    @Transactional(readOnly = true)
    public long count(TaskFilter filter) {
        return tasks.count(specification(filter, visibleParkNames().keySet()));
    }

    @Transactional(readOnly = true)
    public TaskDetail get(long taskId) {
        RectificationTask task = visibleTask(taskId);
        LocalDate today = today();
        Optional<DeadlineExtension> pending = extensions.findFirstByTaskIdAndStatus(taskId,
                DeadlineExtension.Decision.PENDING);
        boolean staff = access.isStaffOf(task.getParkId());
        boolean manager = access.isManagerOf(task.getParkId());
        boolean rectifying = task.getStatus().isBeingRectified();
        var may = new TaskDetail.Permissions(
                !task.getStatus().isClosed() && (manager || staff && task.getSource().mayBeRegisteredByPark()),
                staff && rectifying,
                staff && rectifying,
                staff && rectifying && pending.isEmpty(),
                staff && rectifying && pending.isEmpty(),
                manager && task.getStatus() == TaskStatus.AWAITING_VERIFICATION,
                manager && pending.isPresent());
        String roundName = task.getRoundId() == null ? null
                : rounds.findById(task.getRoundId()).map(InspectionRound::getName).orElse(null);
        return new TaskDetail(task.getId(), task.getVersion(), task.getParkId(),
                directory.parkName(task.getParkId()).orElse(""), task.getSource(), task.getRoundId(), roundName,
                task.getTitle(), task.getDescription(), task.getResponsibleUnit(), task.getResponsiblePerson(),
                task.getResponsibleUsername(), task.getAssignedOn(), task.getDeadline(), task.getStatus(),
                task.getProgressPercent(), task.getProgressNote(), task.isOverdue(today), task.getCompletedOn(),
                task.getClosedOn(), task.getClosedBy(), task.getReturnReason(), task.getReportId(),
                task.getIndicatorCode(), pending.map(ExtensionItem::of).orElse(null), task.getCreatedBy(),
                task.getCreatedAt(), task.getUpdatedBy(), task.getUpdatedAt(), may);
    }

    @Transactional(readOnly = true)
    public List<ProgressItem> progress(long taskId) {
        visibleTask(taskId);
        return progress.findByTaskIdOrderByIdDesc(taskId).stream().map(ProgressItem::of).toList();
    }

    @Transactional(readOnly = true)
    public List<ExtensionItem> extensions(long taskId) {
        visibleTask(taskId);
        return extensions.findByTaskIdOrderByIdDesc(taskId).stream().map(ExtensionItem::of).toList();
    }

    /** Every step of the task in the audit trail, oldest first, for everyone who may see the task. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long taskId) {
        visibleTask(taskId);
        return audit.of(RectificationProcess.SUBJECT, taskId);
    }

    /** The rounds and batches the user may see (their jurisdiction's; staff also their park's own batches). */
    @Transactional(readOnly = true)
    public List<RoundItem> rounds() {
        var scope = parksScope();
        return rounds.findInScope(scope.jurisdictionId(), scope.parkId()).stream().map(RectificationService::roundItem)
                .toList();
    }

    /** The parks the user may reach, by name, for filters and forms. */
    @Transactional(readOnly = true)
    public List<OrganisationDirectory.OrgUnit> parks() {
        return visibleParkNames().entrySet().stream()
                .map(e -> new OrganisationDirectory.OrgUnit(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(OrganisationDirectory.OrgUnit::name)).toList();
    }

    /** The park's staff accounts, to name the one who answers for a task. */
    @Transactional(readOnly = true)
    public List<AccountDirectory.Contact> staffOf(long parkId) {
        access.requireVisible(parkId);
        return accounts.members(ecopark.security.AppRole.STAFF, parkId);
    }

    /** Which parks' tasks a list of this user covers, as ids; null means every park (administrators). */
    @Transactional(readOnly = true)
    public Collection<Long> visibleParkIds() {
        return visibleParkNames().keySet();
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
        LocalDate assignedOn = request.assignedOn() == null ? today() : request.assignedOn();
        TaskRules.checkDeadline(request.deadline(), assignedOn);
        requireStaffAccount(request.parkId(), request.responsibleUsername());
        SignedInUser me = access.me();
        RectificationTask task = new RectificationTask(request.parkId(), request.source(), request.roundId(),
                assignedOn, clock.instant(), me.displayName());
        task.describe(request.title().strip(), blankToNull(request.description()), request.responsibleUnit().strip(),
                request.responsiblePerson().strip(), blankToNull(request.responsibleUsername()), request.deadline());
        return register(task, me).getId();
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
        SignedInUser me = access.me();
        LocalDate today = today();
        RectificationTask task = new RectificationTask(parkId, RectificationSource.FAILED_INDICATOR, null, today,
                clock.instant(), me.displayName());
        String title = TaskRules.truncate(indicatorTitle(year, indicatorCode, indicatorName),
                RectificationTask.TITLE_MAX_LENGTH);
        task.describe(title, null, directory.parkName(parkId).orElse(""), me.displayName(),
                me.is(ecopark.security.AppRole.STAFF) ? me.username() : null, today.plusMonths(3));
        task.linkTo(reportId, indicatorCode);
        return register(task, me).getId();
    }

    /** The task registered for an indicator of a report, if any (for the evaluation panel's row action). */
    @Transactional(readOnly = true)
    public Optional<Long> taskForIndicator(long reportId, long parkId, String indicatorCode) {
        access.requireVisible(parkId);
        return tasks.findFirstByReportIdAndIndicatorCodeOrderByIdDesc(reportId, indicatorCode)
                .filter(t -> t.getParkId() == parkId).map(RectificationTask::getId);
    }

    /** Whether the user may register a task of this source for the park (to offer the button). */
    @Transactional(readOnly = true)
    public boolean mayRegister(long parkId, RectificationSource source) {
        return access.isManagerOf(parkId) || access.isStaffOf(parkId) && source.mayBeRegisteredByPark();
    }

    /**
     * Registers the ledger of an inspection round in one go (the spreadsheet import, a bureau's existing 台账): every
     * entry is checked first and either all are registered or none. Entries already closed are recorded as closed on
     * their day, without a process; the others start their process. Managers register for the parks of the round's
     * jurisdiction, staff only into their own park's batches.
     */
    public int registerLedger(long roundId, List<LedgerEntry> entries) {
        InspectionRound round = visibleRound(roundId);
        LocalDate today = today();
        // Checked once per park: a round's ledger may have hundreds of lines for the same few parks.
        entries.stream().map(LedgerEntry::parkId).distinct().forEach(parkId -> requireMayImport(round, parkId));
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
            register(task, me);
        }
        audit.record(me.asActor(), AuditAction.RECTIFICATION_IMPORTED, AuditSubject.RECTIFICATION_ROUND, round.getId(),
                round.getParkId(), entries.size(), round.getName());
        return entries.size();
    }

    /** Whether the user may register a round's tasks for this park (see {@link #registerLedger}). */
    boolean mayImport(InspectionRound round, long parkId) {
        boolean inRound = round.getParkId() != null ? round.getParkId() == parkId
                : jurisdictionOf(parkId).map(j -> j.equals(round.getJurisdictionId())).orElse(false);
        return inRound && access.mayReach(parkId)
                && (access.isManagerOf(parkId) || access.isStaffOf(parkId) && round.getParkId() != null);
    }

    private void requireMayImport(InspectionRound round, long parkId) {
        if (!mayImport(round, parkId)) {
            throw new org.springframework.security.access.AccessDeniedException("May not import into round "
                    + round.getId() + " for park " + parkId);
        }
    }

    /** Corrects the describing fields; refused if someone saved in between (optimistic locking) or once closed. */
    public void update(long taskId, TaskEdit edit) {
        RectificationTask task = visibleTask(taskId);
        if (task.getStatus().isClosed()
                || !(access.isManagerOf(task.getParkId())
                        || access.isStaffOf(task.getParkId()) && task.getSource().mayBeRegisteredByPark())) {
            throw new org.springframework.security.access.AccessDeniedException("May not edit task " + taskId);
        }
        ConcurrentEditException.requireSameVersion(edit.expectedVersion(), task.getVersion());
        TaskRules.checkDescription(edit.title(), edit.description(), edit.responsibleUnit(),
                edit.responsiblePerson());
        requireStaffAccount(task.getParkId(), edit.responsibleUsername());
        task.describe(edit.title().strip(), blankToNull(edit.description()), edit.responsibleUnit().strip(),
                edit.responsiblePerson().strip(), blankToNull(edit.responsibleUsername()), task.getDeadline());
        save(task, AuditAction.RECTIFICATION_EDITED);
    }

    /** Creates an inspection round for the manager's jurisdiction, or a batch of the staff member's park. */
    public RoundItem createRound(NewRound request) {
        SignedInUser me = access.me();
        long jurisdictionId;
        if (request.parkId() != null) {
            if (!access.isStaffOf(request.parkId()) && !access.isManagerOf(request.parkId())) {
                throw new org.springframework.security.access.AccessDeniedException("Not your park");
            }
            jurisdictionId = directory.jurisdictionOfPark(request.parkId())
                    .orElseThrow(() -> new BusinessRuleException("park.error.notFound", request.parkId()));
        } else {
            if (me.jurisdictionId() == null || !(me.is(ecopark.security.AppRole.MANAGER))) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "Only managers create rounds for a jurisdiction");
            }
            jurisdictionId = me.jurisdictionId();
        }
        if (request.source() == null) {
            throw new BusinessRuleException("rectification.error.sourceRequired");
        }
        if (request.parkId() != null && access.isStaffOf(request.parkId()) && !request.source().mayBeRegisteredByPark()) {
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
        audit.record(me.asActor(), AuditAction.RECTIFICATION_ROUND_CREATED, AuditSubject.RECTIFICATION_ROUND, round.getId(), round.getParkId(), name);
        return roundItem(round);
    }

    // ------------------------------------------------------------------ the park rectifies

    /** Records progress (percent and a note); the first update moves an open or returned task to "in progress". */
    public void recordProgress(long taskId, long expectedVersion, int percent, String note) {
        RectificationTask task = rectifyingTask(taskId);
        ConcurrentEditException.requireSameVersion(expectedVersion, task.getVersion());
        if (percent < 0 || percent > PERCENT_MAX) {
            throw new BusinessRuleException("rectification.error.percent");
        }
        String text = blankToNull(note);
        if (text != null && text.length() > RectificationTask.NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("rectification.error.tooLong", RectificationTask.NOTE_MAX_LENGTH);
        }
        SignedInUser me = access.me();
        task.recordProgress(percent, text);
        progress.save(new ProgressEntry(taskId, percent, text, me.username(), me.displayName(), clock.instant()));
        save(task, AuditAction.RECTIFICATION_PROGRESS, percent, AuditDetail.note(text));
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
        String text = blankToNull(note);
        if (text != null && text.length() > RectificationTask.NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("rectification.error.tooLong", RectificationTask.NOTE_MAX_LENGTH);
        }
        task.markCompleted(today(), text);
        progress.save(new ProgressEntry(taskId, PERCENT_MAX, text, me.username(), me.displayName(), clock.instant()));
        save(task, AuditAction.RECTIFICATION_COMPLETED, text);
        complete(task, "rectify", Map.of("action", "DONE"));
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
        String why = blankToNull(reason);
        if (why == null) {
            throw new BusinessRuleException("rectification.error.reasonRequired");
        }
        if (why.length() > RectificationTask.NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("rectification.error.tooLong", RectificationTask.NOTE_MAX_LENGTH);
        }
        SignedInUser me = access.me();
        DeadlineExtension request = extensions.save(new DeadlineExtension(taskId, task.getDeadline(),
                requestedDeadline, why, me.username(), me.displayName(), clock.instant()));
        save(task, AuditAction.RECTIFICATION_EXTENSION_REQUESTED, requestedDeadline, AuditDetail.note(why));
        complete(task, "rectify", Map.of("action", "EXTEND", "extensionId", request.getId()));
        notices.extensionRequested(task, me.displayName(), requestedDeadline);
    }

    // ------------------------------------------------------------------ managers decide

    /** Verified: the task is closed (销号). Managers of the jurisdiction only, and only once the park reported it done. */
    public void close(long taskId, String note) {
        RectificationTask task = visibleTask(taskId);
        access.requireManagerOf(task.getParkId());
        if (task.getStatus() != TaskStatus.AWAITING_VERIFICATION) {
            throw new BusinessRuleException("rectification.error.notAwaitingVerification");
        }
        SignedInUser me = access.me();
        task.close(today(), me.displayName());
        save(task, AuditAction.RECTIFICATION_CLOSED, blankToNull(note));
        complete(task, "verify", Map.of("decision", "CLOSE"));
    }

    /** Not verified: back to the park with the reason, which the park sees on the task. */
    public void returnToPark(long taskId, String reason) {
        RectificationTask task = visibleTask(taskId);
        access.requireManagerOf(task.getParkId());
        if (task.getStatus() != TaskStatus.AWAITING_VERIFICATION) {
            throw new BusinessRuleException("rectification.error.notAwaitingVerification");
        }
        String why = blankToNull(reason);
        if (why == null) {
            throw new BusinessRuleException("rectification.error.reasonRequired");
        }
        if (why.length() > RectificationTask.NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("rectification.error.tooLong", RectificationTask.NOTE_MAX_LENGTH);
        }
        task.returnForRework(why);
        save(task, AuditAction.RECTIFICATION_RETURNED, why);
        complete(task, "verify", Map.of("decision", "RETURN"));
    }

    /** Decides the pending extension request: approved, the deadline moves to the requested date. */
    public void decideExtension(long taskId, boolean approve, String note) {
        RectificationTask task = visibleTask(taskId);
        access.requireManagerOf(task.getParkId());
        DeadlineExtension request = extensions.findFirstByTaskIdAndStatus(taskId, DeadlineExtension.Decision.PENDING)
                .orElseThrow(() -> new BusinessRuleException("rectification.error.noPendingExtension"));
        String text = blankToNull(note);
        if (!approve && text == null) {
            throw new BusinessRuleException("rectification.error.reasonRequired");
        }
        if (text != null && text.length() > RectificationTask.NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("rectification.error.tooLong", RectificationTask.NOTE_MAX_LENGTH);
        }
        SignedInUser me = access.me();
        request.decide(approve, me.username(), me.displayName(), clock.instant(), text);
        if (approve) {
            task.extendDeadline(request.getRequestedDeadline());
        }
        save(task, approve ? AuditAction.RECTIFICATION_EXTENSION_APPROVED : AuditAction.RECTIFICATION_EXTENSION_REJECTED,
                request.getRequestedDeadline(), AuditDetail.note(text));
        complete(task, "decideExtension", Map.of("decision", approve ? "APPROVE" : "REJECT"));
    }

    // ------------------------------------------------------------------ for the other classes of the feature

    /** Saves a new task, audits it and starts its process (also used by the spreadsheet import). */
    RectificationTask register(RectificationTask task, SignedInUser me) {
        RectificationTask saved = tasks.save(task);
        audit.record(me.asActor(), AuditAction.RECTIFICATION_CREATED, RectificationProcess.SUBJECT, saved.getId(),
                saved.getParkId(), saved.getTitle());
        if (!saved.getStatus().isClosed()) {
            start(saved);
        }
        return saved;
    }

    RectificationTask visibleTask(long taskId) {
        RectificationTask task = tasks.findById(taskId)
                .orElseThrow(() -> new BusinessRuleException("rectification.error.notFound", taskId));
        access.requireVisible(task.getParkId());
        return task;
    }

    /** A task the current user rectifies now: staff of its park, while it is open, in progress or returned. */
    RectificationTask rectifyingTask(long taskId) {
        RectificationTask task = visibleTask(taskId);
        access.requireStaffOf(task.getParkId());
        if (!task.getStatus().isBeingRectified()) {
            throw new BusinessRuleException("rectification.error.notRectifying");
        }
        return task;
    }

    void requireMayRegister(long parkId, RectificationSource source) {
        access.requireVisible(parkId);
        if (source == null) {
            throw new BusinessRuleException("rectification.error.sourceRequired");
        }
        if (access.isManagerOf(parkId)) {
            return;
        }
        if (!access.isStaffOf(parkId)) {
            throw new org.springframework.security.access.AccessDeniedException("May not register tasks of park "
                    + parkId);
        }
        if (!source.mayBeRegisteredByPark()) {
            throw new BusinessRuleException("rectification.error.sourceNotForPark");
        }
    }

    /** A round the task may belong to: of the park's jurisdiction, and the park's own if it is a park batch. */
    InspectionRound requireRoundFor(long roundId, long parkId) {
        InspectionRound round = rounds.findById(roundId)
                .orElseThrow(() -> new BusinessRuleException("rectification.error.roundNotFound", roundId));
        Long jurisdiction = directory.jurisdictionOfPark(parkId).orElse(null);
        if (!round.getJurisdictionId().equals(jurisdiction)
                || round.getParkId() != null && round.getParkId() != parkId) {
            throw new BusinessRuleException("rectification.error.roundNotForPark", round.getName());
        }
        return round;
    }

    void requireStaffAccount(long parkId, String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        boolean member = accounts.members(ecopark.security.AppRole.STAFF, parkId).stream()
                .anyMatch(c -> c.username().equals(username));
        if (!member) {
            throw new BusinessRuleException("rectification.error.responsibleAccount", username);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    java.time.Instant now() {
        return clock.instant();
    }

    Optional<Long> jurisdictionOf(long parkId) {
        return directory.jurisdictionOfPark(parkId);
    }

    /** A round within the user's scope (see {@link #rounds()}). */
    InspectionRound visibleRound(long roundId) {
        RoundScope scope = parksScope();
        return rounds.findById(roundId)
                .filter(r -> scope.jurisdictionId() == null || r.getJurisdictionId().equals(scope.jurisdictionId()))
                .filter(r -> scope.parkId() == null || r.getParkId() == null || r.getParkId().equals(scope.parkId()))
                .orElseThrow(() -> new BusinessRuleException("rectification.error.roundNotFound", roundId));
    }

    /** Park id → name of the parks the user may reach. */
    Map<Long, String> visibleParkNames() {
        return parks.findVisible(null, Pageable.unpaged()).stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.name(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    Function<RectificationTask, TaskListItem> listing(Map<Long, String> parkNames, Map<Long, String> roundNames) {
        LocalDate today = today();
        LocalDate soon = today.plusDays(DUE_SOON_DAYS);
        return t -> new TaskListItem(t.getId(), t.getParkId(), parkNames.getOrDefault(t.getParkId(), ""),
                t.getSource(), t.getRoundId(), t.getRoundId() == null ? null : roundNames.get(t.getRoundId()),
                t.getTitle(), t.getResponsibleUnit(), t.getResponsiblePerson(), t.getAssignedOn(), t.getDeadline(),
                t.getStatus(), t.getProgressPercent(), t.isOverdue(today),
                t.getStatus().isBeingRectified() && !t.getDeadline().isBefore(today) && !t.getDeadline().isAfter(soon),
                t.getClosedOn());
    }

    Map<Long, String> roundNames(Collection<RectificationTask> page) {
        List<Long> ids = page.stream().map(RectificationTask::getRoundId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        rounds.findAllById(ids).forEach(r -> names.put(r.getId(), r.getName()));
        return names;
    }

    /** The WHERE clause of a list: the user's parks, then the filter; states are computed against today. */
    Specification<RectificationTask> specification(TaskFilter filter, Collection<Long> parkIds) {
        LocalDate today = today();
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            where.add(parkIds.isEmpty() ? cb.disjunction() : root.get("parkId").in(parkIds));
            if (filter.parkId() != null) {
                where.add(cb.equal(root.get("parkId"), filter.parkId()));
            }
            if (filter.source() != null) {
                where.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.roundId() != null) {
                where.add(cb.equal(root.get("roundId"), filter.roundId()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = LikePattern.contains(filter.text().strip().toLowerCase(java.util.Locale.ROOT));
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like, LikePattern.ESCAPE),
                        cb.like(cb.lower(root.get("responsibleUnit")), like, LikePattern.ESCAPE),
                        cb.like(cb.lower(root.get("responsiblePerson")), like, LikePattern.ESCAPE)));
            }
            var status = root.<TaskStatus>get("status");
            var deadline = root.<LocalDate>get("deadline");
            var rectifying = status.in(TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.RETURNED);
            switch (filter.stateOrAll()) {
                case OPEN -> where.add(cb.notEqual(status, TaskStatus.CLOSED));
                case OVERDUE -> where.add(cb.and(rectifying, cb.lessThan(deadline, today)));
                case DUE_SOON -> where.add(cb.and(rectifying, cb.between(deadline, today,
                        today.plusDays(DUE_SOON_DAYS))));
                case AWAITING_VERIFICATION -> where.add(cb.equal(status, TaskStatus.AWAITING_VERIFICATION));
                case CLOSED -> where.add(cb.equal(status, TaskStatus.CLOSED));
                case ALL -> {
                }
            }
            if (filter.closedInYear() != null) {
                where.add(cb.between(root.get("closedOn"), LocalDate.of(filter.closedInYear(), 1, 1),
                        LocalDate.of(filter.closedInYear(), 12, 31)));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /** The user's scope for rounds: a jurisdiction (null: all) and, for staff, their park. */
    RoundScope parksScope() {
        SignedInUser me = access.me();
        return switch (me.role()) {
            case ADMIN -> new RoundScope(null, null);
            case STAFF -> new RoundScope(directory.jurisdictionOfPark(me.parkId()).orElse(-1L), me.parkId());
            case REVIEWER, MANAGER -> new RoundScope(me.jurisdictionId() == null ? -1L : me.jurisdictionId(), null);
        };
    }

    /** Jurisdiction whose rounds a user sees (null: all) and, for staff, the one park whose own batches they see. */
    record RoundScope(Long jurisdictionId, Long parkId) {
    }

    private void start(RectificationTask task) {
        long jurisdictionId = directory.jurisdictionOfPark(task.getParkId())
                .orElseThrow(() -> new BusinessRuleException("park.error.notFound", task.getParkId()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("taskId", task.getId());
        variables.put("parkId", task.getParkId());
        variables.put("jurisdictionId", jurisdictionId);
        variables.put("staffGroup", ecopark.security.AppRole.STAFF.candidateGroup(task.getParkId()));
        variables.put("managerGroup", ecopark.security.AppRole.MANAGER.candidateGroup(jurisdictionId));
        variables.put("deadlineAt", RectificationProcess.deadlineAt(task.getDeadline(), clock.getZone()));
        ProcessInstance instance = runtime.startProcessInstanceByKey(RectificationProcess.PROCESS_KEY,
                RectificationProcess.BUSINESS_KEY_PREFIX + task.getId(), variables);
        task.startedAs(instance.getId());
    }

    private void complete(RectificationTask task, String step, Map<String, Object> variables) {
        Task processTask = task.getProcessInstanceId() == null ? null
                : processTasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                        .taskDefinitionKey(step).singleResult();
        if (processTask == null) {
            throw new BusinessRuleException("rectification.error.stale");
        }
        try {
            processTasks.complete(processTask.getId(), variables);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            // Someone else (or the deadline timer) moved the process at the same moment: nothing of this step is kept.
            throw new BusinessRuleException("rectification.error.stale");
        }
    }

    private void save(RectificationTask task, AuditAction action, Object... details) {
        SignedInUser me = access.me();
        task.touch(me.displayName(), clock.instant());
        try {
            tasks.saveAndFlush(task);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
        audit.record(me.asActor(), action, RectificationProcess.SUBJECT, task.getId(), task.getParkId(), details);
    }

    /** Titles are registry data, kept in the product's data language (Chinese) whoever registers them. */
    private static String indicatorTitle(int year, String code, String name) {
        return TranslationProvider.translate(TranslationProvider.CHINESE, "rectification.indicatorTask.title",
                String.valueOf(year), code, name);
    }

    static RoundItem roundItem(InspectionRound r) {
        return new RoundItem(r.getId(), r.getName(), r.getSource(), r.getJurisdictionId(), r.getParkId(),
                r.getIssuedOn());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
