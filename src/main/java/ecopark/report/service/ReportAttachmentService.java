package ecopark.report.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.filestore.FileStore;
import ecopark.base.filestore.StoredFileInfo;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import ecopark.report.domain.AnnualReport;
import ecopark.report.domain.ReportAttachment;
import ecopark.report.domain.ReportAttachmentRepository;
import ecopark.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supporting documents of a report. Whoever may see the report may list and download them; only its drafters may
 * add or remove them, and only while the report is editable.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReportAttachmentService {

    private final ReportService reports;
    private final ReportAttachmentRepository attachments;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    private final AnnualNotices notices;

    ReportAttachmentService(ReportService reports, ReportAttachmentRepository attachments, FileStore files,
            CurrentUser currentUser, AuditTrail audit, AnnualNotices notices) {
        this.notices = notices;
        this.audit = audit;
        this.reports = reports;
        this.attachments = attachments;
        this.files = files;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<AttachmentItem> list(long reportId) {
        reports.get(reportId);
        return attachments.findByReportIdOrderByIdAsc(reportId).stream().map(a -> toItem(a, files.info(a.getFileId())))
                .toList();
    }

    /** Adds a document; the file store refuses files that are too large or of a kind we do not accept. */
    public AttachmentItem upload(long reportId, String fileName, byte[] content) {
        return store(requireEditable(reportId), fileName, content, null);
    }

    /**
     * Adds a document as one of the deliverables the notice of the report's year demands. Refused when the notice has
     * no such deliverable or the file is not of a kind it allows (the message names the deliverable and the kinds).
     */
    public AttachmentItem uploadDeliverable(long reportId, long deliverableId, String fileName, byte[] content) {
        AnnualReport report = requireEditable(reportId);
        NoticeView.Deliverable deliverable = notices.forYear(report.getYear()).stream()
                .flatMap(n -> n.deliverables().stream()).filter(d -> d.id() == deliverableId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("report.error.noSuchDeliverable", report.getYear()));
        if (!deliverable.allows(fileName)) {
            throw new BusinessRuleException("report.error.deliverableKind", deliverable, deliverable.kindsText(),
                    fileName);
        }
        return store(report, fileName, content, deliverableId);
    }

    private AttachmentItem store(AnnualReport report, String fileName, byte[] content, Long deliverableId) {
        long reportId = report.getId();
        StoredFileInfo file = files.store(fileName, content, currentUser.require().displayName());
        ReportAttachment attachment = attachments.save(new ReportAttachment(report.getId(), file.id(), deliverableId));
        audit.record(currentUser.require().asActor(), AuditAction.ATTACHMENT_ADDED, ReportService.SUBJECT, reportId,
                report.getParkId(), file.fileName());
        return toItem(attachment, file);
    }

    @Transactional(readOnly = true)
    public DownloadedFile download(long attachmentId) {
        ReportAttachment attachment = find(attachmentId);
        reports.get(attachment.getReportId());
        StoredFileInfo info = files.info(attachment.getFileId());
        return new DownloadedFile(info.fileName(), info.contentType(), files.read(attachment.getFileId()));
    }

    public void remove(long attachmentId) {
        ReportAttachment attachment = find(attachmentId);
        AnnualReport report = requireEditable(attachment.getReportId());
        audit.record(currentUser.require().asActor(), AuditAction.ATTACHMENT_REMOVED, ReportService.SUBJECT, report.getId(),
                report.getParkId(), files.info(attachment.getFileId()).fileName());
        attachments.delete(attachment);
        files.delete(attachment.getFileId());
    }

    /** The largest file accepted, in megabytes, for the upload component's hint. */
    public long maxSizeMegabytes() {
        return files.maxSize().toMegabytes();
    }

    private AnnualReport requireEditable(long reportId) {
        return reports.requireDraftable(reportId);
    }

    private ReportAttachment find(long attachmentId) {
        return attachments.findById(attachmentId)
                .orElseThrow(() -> new BusinessRuleException("file.error.notFound", attachmentId));
    }

    private static AttachmentItem toItem(ReportAttachment a, StoredFileInfo file) {
        return new AttachmentItem(a.getId(), file.fileName(), file.sizeBytes(), file.createdAt(), file.createdBy(),
                a.getDeliverableId());
    }
}
