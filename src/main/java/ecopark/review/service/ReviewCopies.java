package ecopark.review.service;

import static ecopark.review.service.ReviewTasks.stageJurisdictionId;
import static ecopark.review.service.ReviewTasks.parkId;
import static ecopark.review.service.ReviewTasks.reportId;
import static ecopark.review.service.ReviewTasks.revisionNumber;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.PlainText;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportService;
import ecopark.report.service.ReportWorkflow;
import ecopark.review.domain.ReviewCopy;
import ecopark.review.domain.ReviewCopyRepository;
import ecopark.review.process.ReviewNotices;
import ecopark.security.AccessPolicy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import ecopark.security.service.AccountDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.task.api.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies for information (抄送): a reviewer sends the revision of a task to named colleagues of the same bureau, who
 * read it under "copied to me" without getting a task. Apart from {@link ReviewService}, whose acts move the review
 * on; a copy changes nothing in the review.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewCopies {

    private final ReviewTasks reviewTasks;
    private final ReviewCopyRepository copies;
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final AccountDirectory accounts;
    private final ReviewNotices notices;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewCopies(ReviewTasks reviewTasks, ReviewCopyRepository copies, ReportService reports, ReportWorkflow workflow,
            AccountDirectory accounts, ReviewNotices notices, AccessPolicy access, CurrentUser currentUser,
            Clock clock) {
        this.reviewTasks = reviewTasks;
        this.copies = copies;
        this.reports = reports;
        this.workflow = workflow;
        this.accounts = accounts;
        this.notices = notices;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The colleagues a revision under review may be copied to: the bureau's other reviewers and its managers. */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    @Transactional(readOnly = true)
    public List<Colleague> candidates(String taskId) {
        Task task = reviewTasks.require(taskId);
        return colleagues(stageJurisdictionId(task));
    }

    /**
     * Copies the revision of a task to named colleagues of the same bureau for information (抄送): no task is created
     * for them; each sees the revision, read-only, under "copied to me" and is notified. Any reviewer of the bureau
     * may copy; colleagues outside the bureau, and oneself, are refused. Returns how many copies were sent (a
     * colleague who already has this revision is not sent it again).
     */
    @RolesAllowed(AppRole.REVIEWER_NAME)
    public int copy(String taskId, Collection<String> recipients, String note) {
        Task task = reviewTasks.require(taskId);
        SignedInUser me = currentUser.require();
        Set<String> named = new LinkedHashSet<>(recipients == null ? List.of() : recipients);
        if (named.isEmpty()) {
            throw new BusinessRuleException("review.error.copyNoRecipient");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        PlainText.require(text, Integer.MAX_VALUE);
        if (text != null && text.length() > ReviewCopy.NOTE_MAX_LENGTH) {
            throw new BusinessRuleException("review.error.copyNoteTooLong", ReviewCopy.NOTE_MAX_LENGTH);
        }
        long jurisdiction = stageJurisdictionId(task);
        Set<String> allowed = new LinkedHashSet<>(colleagues(jurisdiction).stream().map(Colleague::username).toList());
        for (String recipient : named) {
            if (recipient.equals(me.username())) {
                throw new BusinessRuleException("review.error.copyToSelf");
            }
            if (!allowed.contains(recipient)) {
                throw new BusinessRuleException("review.error.copyOutside", recipient);
            }
        }
        long reportId = reportId(task);
        int revision = revisionNumber(task);
        Map<String, Long> sentCopies = new LinkedHashMap<>();
        for (String recipient : named) {
            if (!copies.existsByReportIdAndRevisionNumberAndRecipient(reportId, revision, recipient)) {
                sentCopies.put(recipient, copies.save(new ReviewCopy(reportId, parkId(task), jurisdiction, revision,
                        recipient, me.username(), me.displayName(), text, clock.instant())).getId());
            }
        }
        List<String> sent = List.copyOf(sentCopies.keySet());
        if (!sent.isEmpty()) {
            reviewTasks.audit(task, AuditAction.REVIEW_COPIED, String.join("、", sent.stream()
                    .map(u -> accounts.contact(u).map(AccountDirectory.Contact::displayName).orElse(u)).toList()),
                    AuditDetail.note(text));
            notices.copied(sentCopies, reportId, me.displayName());
        }
        return sent.size();
    }

    /**
     * What colleagues copied to the signed-in reviewer or manager (抄送我的), newest first. Only copies naming this
     * user within their current bureau: a user moved to another bureau no longer sees the old bureau's copies.
     */
    @RolesAllowed({AppRole.REVIEWER_NAME, AppRole.MANAGER_NAME})
    @Transactional(readOnly = true)
    public Page<CopyItem> copiedToMe(Pageable pageable) {
        SignedInUser me = currentUser.require();
        if (me.jurisdictionId() == null) {
            return Page.empty(pageable);
        }
        Pageable newestFirst = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("sentAt"), Sort.Order.desc("id")))
                : pageable;
        return copies.findByRecipientAndJurisdictionId(me.username(), me.jurisdictionId(), newestFirst)
                .map(this::toCopyItem);
    }

    /** How many copies the signed-in user has not opened yet. */
    @RolesAllowed({AppRole.REVIEWER_NAME, AppRole.MANAGER_NAME})
    @Transactional(readOnly = true)
    public long unread() {
        SignedInUser me = currentUser.require();
        return me.jurisdictionId() == null ? 0
                : copies.countByRecipientAndJurisdictionIdAndReadAtIsNull(me.username(), me.jurisdictionId());
    }

    /** Opens a copy: only its recipient, within the bureau it was sent in; the first opening marks it read. */
    @RolesAllowed({AppRole.REVIEWER_NAME, AppRole.MANAGER_NAME})
    public CopyDetail open(long copyId) {
        SignedInUser me = currentUser.require();
        ReviewCopy copy = copies.findById(copyId)
                .filter(c -> c.getRecipient().equals(me.username()))
                .filter(c -> c.getJurisdictionId().equals(me.jurisdictionId()))
                .orElseThrow(() -> new AccessDeniedException("Copy " + copyId + " was not sent to " + me));
        access.requirePark(copy.getParkId());
        copy.markRead(clock.instant());
        return new CopyDetail(toCopyItem(copy), workflow.revision(copy.getReportId(), copy.getRevisionNumber()));
    }

    private List<Colleague> colleagues(long jurisdictionId) {
        String me = currentUser.require().username();
        List<Colleague> colleagues = new ArrayList<>();
        accounts.members(AppRole.REVIEWER, jurisdictionId).stream().filter(c -> !c.username().equals(me))
                .forEach(c -> colleagues.add(new Colleague(c.username(), c.displayName(), false)));
        accounts.members(AppRole.MANAGER, jurisdictionId).stream().filter(c -> !c.username().equals(me))
                .forEach(c -> colleagues.add(new Colleague(c.username(), c.displayName(), true)));
        return colleagues;
    }

    private CopyItem toCopyItem(ReviewCopy copy) {
        AnnualReport report = reports.get(copy.getReportId());
        return new CopyItem(copy.getId(), copy.getReportId(), report.getParkName(), report.getYear(),
                copy.getRevisionNumber(), copy.getSenderName(), copy.getNote(), copy.getSentAt(), copy.isRead());
    }
}
