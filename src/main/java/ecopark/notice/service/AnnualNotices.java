package ecopark.notice.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.notice.domain.AnnualNotice;
import ecopark.notice.domain.AnnualNoticeRepository;
import ecopark.notice.domain.NoticeDeliverable;
import ecopark.notice.domain.NoticeTopic;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual notices (年度通知). Everyone signed in reads them: a notice is addressed to every park and province.
 * Only the national office issues and edits them — {@link #mayIssue()} is that rule, in this one place.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AnnualNotices {

    private final AnnualNoticeRepository notices;
    private final CurrentUser currentUser;
    private final JurisdictionHierarchy hierarchy;
    private final AuditTrail audit;
    private final Clock clock;

    AnnualNotices(AnnualNoticeRepository notices, CurrentUser currentUser, JurisdictionHierarchy hierarchy,
            AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.currentUser = currentUser;
        this.hierarchy = hierarchy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the current user issues and edits notices: a manager of the national office (a jurisdiction at
     * {@link JurisdictionLevel#NATIONAL}); the system actor for demo loading. Not an administrator: the notice is the
     * Ministry's act on the programme, and administrators run the system, not the programme (they draft, review and
     * hand down nothing either). Not a province's or city's manager, nor a reviewer: they receive the notice.
     */
    @Transactional(readOnly = true)
    public boolean mayIssue() {
        SignedInUser user = currentUser.require();
        if (user.system()) {
            return true;
        }
        return user.is(AppRole.MANAGER) && user.jurisdictionId() != null
                && hierarchy.levelOf(user.jurisdictionId()).map(JurisdictionLevel.NATIONAL::equals).orElse(false);
    }

    /** The notice for the report year, if the national office has issued one. */
    @Transactional(readOnly = true)
    public Optional<NoticeView> forYear(int reportYear) {
        return notices.findByReportYear(reportYear).map(AnnualNotices::toView);
    }

    /** Every notice, the latest report year first. Notices hold no park's data. */
    @Transactional(readOnly = true)
    public List<NoticeView> all() {
        return notices.findAllByOrderByReportYearDesc().stream().map(AnnualNotices::toView).toList();
    }

    /**
     * Issues a notice (no id) or changes one. Refused unless {@link #mayIssue()}; every broken rule of the form is
     * named with its field and nothing is saved. A change counts the notice's revision up; reports submitted before
     * keep the revision they were checked against.
     */
    public NoticeView save(NoticeDraft draft) {
        if (!mayIssue()) {
            throw new AccessDeniedException(currentUser.require() + " may not issue annual notices");
        }
        List<FieldProblem> problems = new ArrayList<>(NoticeRules.problems(draft));
        if (draft.reportYear() != null) {
            notices.findByReportYear(draft.reportYear()).filter(other -> !other.getId().equals(draft.id()))
                    .ifPresent(other -> problems.add(FieldProblem.of("reportYear", "notice.error.duplicateYear",
                            draft.reportYear(), other.getDocumentNumber())));
        }
        FieldProblemsException.throwIfAny(problems);
        AnnualNotice notice;
        if (draft.id() == null) {
            notice = new AnnualNotice(draft.reportYear());
        } else {
            notice = notices.findById(draft.id())
                    .orElseThrow(() -> new BusinessRuleException("notice.error.notFound", draft.id()));
            ConcurrentEditException.requireSameVersion(draft.expectedVersion(), notice.getVersion());
            if (notice.getReportYear() != draft.reportYear()) {
                // The year is what reports find their notice by; a notice for another year is a new notice.
                throw new FieldProblemsException(List.of(FieldProblem.of("reportYear", "notice.error.yearFixed")));
            }
        }
        notice.describe(draft.documentNumber().strip(), draft.title().strip(), draft.issuedOn(),
                draft.parksDeadline(), draft.provincesDeadline());
        mergeDeliverables(notice, draft.deliverables());
        mergeTopics(notice, draft.topics());
        boolean issued = notice.isNew();
        notice.touch(currentUser.require().displayName(), clock.instant());
        AnnualNotice saved = notices.saveAndFlush(notice);
        audit.record(currentUser.require().asActor(), issued ? AuditAction.NOTICE_ISSUED : AuditAction.NOTICE_CHANGED,
                AuditSubject.ANNUAL_NOTICE, saved.getId(), null, saved.getReportYear(), saved.getDocumentNumber(),
                saved.getParksDeadline(), saved.getRevision());
        return toView(saved);
    }

    /** Rows with an id are updated in place (a report's answer stays with its topic), the others added or removed. */
    private static void mergeDeliverables(AnnualNotice notice, List<NoticeView.Deliverable> rows) {
        Map<Long, NoticeDeliverable> existing = notice.getDeliverables().stream()
                .collect(Collectors.toMap(NoticeDeliverable::getId, Function.identity()));
        List<NoticeDeliverable> merged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NoticeView.Deliverable row = rows.get(i);
            String kinds = String.join(",", row.fileKinds());
            NoticeDeliverable kept = row.id() == null ? null : existing.get(row.id());
            if (kept == null) {
                merged.add(new NoticeDeliverable(i, row.nameZh().strip(), row.nameEn().strip(), kinds, row.required()));
            } else {
                kept.update(i, row.nameZh().strip(), row.nameEn().strip(), kinds, row.required());
                merged.add(kept);
            }
        }
        notice.getDeliverables().clear();
        notice.getDeliverables().addAll(merged);
    }

    private static void mergeTopics(AnnualNotice notice, List<NoticeView.Topic> rows) {
        Map<Long, NoticeTopic> existing = notice.getTopics().stream()
                .collect(Collectors.toMap(NoticeTopic::getId, Function.identity()));
        List<NoticeTopic> merged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NoticeView.Topic row = rows.get(i);
            NoticeTopic kept = row.id() == null ? null : existing.get(row.id());
            if (kept == null) {
                merged.add(new NoticeTopic(i, row.title().strip(), optional(row.titleEn()), row.prompt().strip(),
                        optional(row.promptEn()), row.minLength()));
            } else {
                kept.update(i, row.title().strip(), optional(row.titleEn()), row.prompt().strip(),
                        optional(row.promptEn()), row.minLength());
                merged.add(kept);
            }
        }
        notice.getTopics().clear();
        notice.getTopics().addAll(merged);
    }

    /** An optional English text: stripped, null when blank (the English interface then shows the Chinese). */
    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static NoticeView toView(AnnualNotice n) {
        return new NoticeView(n.getId(), n.getVersion(), n.getReportYear(), n.getDocumentNumber(), n.getTitle(),
                n.getIssuedOn(), n.getParksDeadline(), n.getProvincesDeadline(), n.getRevision(), n.getUpdatedBy(),
                n.getUpdatedAt(), n.getDeliverables().stream().map(d -> new NoticeView.Deliverable(d.getId(),
                        d.getNameZh(), d.getNameEn(), NoticeView.Deliverable.parseKinds(d.getFileKinds()),
                        d.isRequired())).toList(),
                n.getTopics().stream().map(t -> new NoticeView.Topic(t.getId(), t.getTitle(), t.getTitleEn(),
                        t.getPrompt(), t.getPromptEn(), t.getMinLength())).toList());
    }
}
