package ecopark.rectification.service;

import ecopark.base.audit.AuditEntry;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.LikePattern;
import ecopark.park.service.ParkService;
import ecopark.rectification.domain.DeadlineExtension;
import ecopark.rectification.domain.DeadlineExtensionRepository;
import ecopark.rectification.domain.InspectionRound;
import ecopark.rectification.domain.InspectionRoundRepository;
import ecopark.rectification.domain.ProgressEntryRepository;
import ecopark.rectification.domain.RectificationSource;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.domain.RectificationTaskRepository;
import ecopark.rectification.domain.TaskStatus;
import ecopark.rectification.process.RectificationProcess;
import ecopark.security.AppRole;
import ecopark.security.OrganisationDirectory;
import ecopark.security.service.AccountDirectory;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the registry of rectification tasks (整改台账): lists, a task with its history, rounds, and what the user
 * may do — for everyone who may read the task's park. The changes are {@link TaskCommands}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TaskQueries {

    /** "Due soon" on lists and the dashboard: the deadline is at most this many days away. */
    public static final int DUE_SOON_DAYS = 30;

    private final RectificationTaskRepository tasks;
    private final InspectionRoundRepository rounds;
    private final ProgressEntryRepository progress;
    private final DeadlineExtensionRepository extensions;
    private final TaskAccess access;
    private final ParkService parks;
    private final OrganisationDirectory directory;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final Clock clock;

    TaskQueries(RectificationTaskRepository tasks, InspectionRoundRepository rounds, ProgressEntryRepository progress,
            DeadlineExtensionRepository extensions, TaskAccess access, ParkService parks,
            OrganisationDirectory directory, AccountDirectory accounts, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.rounds = rounds;
        this.progress = progress;
        this.extensions = extensions;
        this.access = access;
        this.parks = parks;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Tasks of the parks the user may reach, filtered; overdue and due-soon are computed from today's date. */
    public Page<TaskListItem> find(TaskFilter filter, Pageable pageable) {
        Map<Long, String> parkNames = visibleParkNames();
        Page<RectificationTask> page = tasks.findAll(specification(filter, parkNames.keySet()), pageable);
        return page.map(listing(parkNames, roundNames(page.getContent())));
    }

    /** How many tasks the filter finds among the parks the user may reach. */
    public long count(TaskFilter filter) {
        return tasks.count(specification(filter, visibleParkNames().keySet()));
    }

    /** One task, with what the current user may do with it now. */
    public TaskDetail get(long taskId) {
        RectificationTask task = visibleTask(taskId);
        Optional<DeadlineExtension> pending = extensions.findFirstByTaskIdAndStatus(taskId,
                DeadlineExtension.Decision.PENDING);
        String roundName = task.getRoundId() == null ? null
                : rounds.findById(task.getRoundId()).map(InspectionRound::getName).orElse(null);
        return new TaskDetail(task.getId(), task.getVersion(), task.getParkId(),
                directory.parkName(task.getParkId()).orElse(""), task.getSource(), task.getRoundId(), roundName,
                task.getTitle(), task.getDescription(), task.getResponsibleUnit(), task.getResponsiblePerson(),
                task.getResponsibleUsername(), task.getAssignedOn(), task.getDeadline(), task.getStatus(),
                task.getProgressPercent(), task.getProgressNote(), task.isOverdue(today()), task.getCompletedOn(),
                task.getClosedOn(), task.getClosedBy(), task.getReturnReason(), task.getReportId(),
                task.getIndicatorCode(), pending.map(ExtensionItem::of).orElse(null), task.getCreatedBy(),
                task.getCreatedAt(), task.getUpdatedBy(), task.getUpdatedAt(), permissions(task, pending.isPresent()));
    }

    /** The buttons of a task: the park's staff rectify it, the jurisdiction's managers decide on it. */
    private TaskDetail.Permissions permissions(RectificationTask task, boolean extensionPending) {
        boolean rectify = access.mayRectify(task.getParkId()) && task.getStatus().isBeingRectified();
        boolean manage = access.mayManage(task.getParkId());
        return new TaskDetail.Permissions(
                !task.getStatus().isClosed() && mayDescribe(task),
                rectify,
                rectify,
                rectify && !extensionPending,
                rectify && !extensionPending,
                manage && task.getStatus() == TaskStatus.AWAITING_VERIFICATION,
                manage && extensionPending);
    }

    /** Who corrects a task's describing fields: its managers, and the park's staff for the park's own findings. */
    boolean mayDescribe(RectificationTask task) {
        return access.mayManage(task.getParkId())
                || access.mayRectify(task.getParkId()) && task.getSource().mayBeRegisteredByPark();
    }

    public List<ProgressItem> progress(long taskId) {
        visibleTask(taskId);
        return progress.findByTaskIdOrderByIdDesc(taskId).stream().map(ProgressItem::of).toList();
    }

    public List<ExtensionItem> extensions(long taskId) {
        visibleTask(taskId);
        return extensions.findByTaskIdOrderByIdDesc(taskId).stream().map(ExtensionItem::of).toList();
    }

    /** Every step of the task in the audit trail, oldest first, for everyone who may see the task. */
    public List<AuditEntry> history(long taskId) {
        visibleTask(taskId);
        return audit.of(RectificationProcess.SUBJECT, taskId);
    }

    /**
     * The rounds and batches the user may see ({@link TaskAccess#roundScope}: their subtree's, the bureau-wide rounds
     * above them; staff their park's bureaus' and their park's own batches).
     */
    public List<RoundItem> rounds() {
        var scope = access.roundScope();
        return rounds.findInScope(scope.all(), TaskAccess.RoundScope.orNone(scope.wide()),
                TaskAccess.RoundScope.orNone(scope.batches()), scope.parkId()).stream().map(TaskQueries::roundItem)
                .toList();
    }

    /** The rounds the user may import a ledger into: the park's own batches for staff, any of theirs for managers. */
    public List<RoundItem> importableRounds() {
        return rounds().stream().filter(r -> r.parkId() != null
                ? access.mayRectify(r.parkId()) || access.mayManage(r.parkId())
                : access.mayManageJurisdiction(r.jurisdictionId())).toList();
    }

    /** What the user may register: the park's own findings (staff) or tasks handed down (managers). */
    public RegistryActions registryActions() {
        return new RegistryActions(access.ownPark(), access.managedJurisdiction() != null);
    }

    /** The parks the user may reach, by name, for filters and forms. */
    public List<OrganisationDirectory.OrgUnit> parks() {
        return visibleParkNames().entrySet().stream()
                .map(e -> new OrganisationDirectory.OrgUnit(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(OrganisationDirectory.OrgUnit::name)).toList();
    }

    /** The park's staff accounts, to name the one who answers for a task. */
    public List<AccountDirectory.Contact> staffOf(long parkId) {
        access.requireVisible(parkId);
        return accounts.members(AppRole.STAFF, parkId);
    }

    /** Which parks' tasks a list of this user covers, as ids. */
    public Collection<Long> visibleParkIds() {
        return visibleParkNames().keySet();
    }

    /** The task registered for an indicator of a report, if any (for the evaluation panel's row action). */
    public Optional<Long> taskForIndicator(long reportId, long parkId, String indicatorCode) {
        access.requireVisible(parkId);
        return tasks.findFirstByReportIdAndIndicatorCodeOrderByIdDesc(reportId, indicatorCode)
                .filter(t -> t.getParkId() == parkId).map(RectificationTask::getId);
    }

    /** Whether the user may register a task of this source for the park (to offer the button). */
    public boolean mayRegister(long parkId, RectificationSource source) {
        return access.mayManage(parkId) || access.mayRectify(parkId) && source.mayBeRegisteredByPark();
    }

    // ------------------------------------------------------------------ for the other classes of the feature

    RectificationTask visibleTask(long taskId) {
        RectificationTask task = tasks.findById(taskId)
                .orElseThrow(() -> new BusinessRuleException("rectification.error.notFound", taskId));
        access.requireVisible(task.getParkId());
        return task;
    }

    /** A round within the user's scope (see {@link #rounds()}). */
    InspectionRound visibleRound(long roundId) {
        TaskAccess.RoundScope scope = access.roundScope();
        return rounds.findById(roundId).filter(scope::covers)
                .orElseThrow(() -> new BusinessRuleException("rectification.error.roundNotFound", roundId));
    }

    /** Park id → name of the parks the user may reach. */
    Map<Long, String> visibleParkNames() {
        return parks.findVisible(null, Pageable.unpaged()).stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.name(), (a, b) -> a, LinkedHashMap::new));
    }

    LocalDate today() {
        return LocalDate.now(clock);
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
            List<Predicate> where = new ArrayList<>();
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
                String like = LikePattern.contains(filter.text().strip().toLowerCase(Locale.ROOT));
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
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static RoundItem roundItem(InspectionRound r) {
        return new RoundItem(r.getId(), r.getName(), r.getSource(), r.getJurisdictionId(), r.getParkId(),
                r.getIssuedOn());
    }
}
