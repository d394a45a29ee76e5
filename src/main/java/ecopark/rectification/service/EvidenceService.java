package ecopark.rectification.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.filestore.FileStore;
import ecopark.base.filestore.StoredFileInfo;
import ecopark.rectification.domain.EvidenceFile;
import ecopark.rectification.domain.EvidenceFileRepository;
import ecopark.rectification.domain.RectificationTask;
import ecopark.rectification.process.RectificationProcess;
import ecopark.security.SignedInUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a task's rectification (photos, acceptance reports, closing orders), in the product's file store in
 * the database: it survives restarts and every node sees it. Whoever may see the task may list and download its
 * files — checked on every download; the park's staff add and remove them while they are rectifying.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class EvidenceService {

    private final TaskQueries tasks;
    private final TaskCommands commands;
    private final EvidenceFileRepository evidence;
    private final FileStore files;
    private final TaskAccess access;
    private final AuditTrail audit;

    EvidenceService(TaskQueries tasks, TaskCommands commands, EvidenceFileRepository evidence, FileStore files, TaskAccess access,
            AuditTrail audit) {
        this.tasks = tasks;
        this.commands = commands;
        this.evidence = evidence;
        this.files = files;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EvidenceItem> list(long taskId) {
        tasks.visibleTask(taskId);
        return evidence.findByTaskIdOrderByIdAsc(taskId).stream().map(e -> item(e, files.info(e.getFileId()))).toList();
    }

    /** Adds a file; the file store refuses files that are empty, too large or not of an accepted kind. */
    public EvidenceItem upload(long taskId, String fileName, byte[] content) {
        RectificationTask task = commands.rectifyingTask(taskId);
        SignedInUser me = access.me();
        StoredFileInfo file = files.store(fileName, content, me.displayName());
        EvidenceFile saved = evidence.save(new EvidenceFile(taskId, file.id()));
        audit.record(me.asActor(), AuditAction.RECTIFICATION_EVIDENCE_ADDED, RectificationProcess.SUBJECT, taskId,
                task.getParkId(), file.fileName());
        return item(saved, file);
    }

    @Transactional(readOnly = true)
    public EvidenceDownload download(long evidenceId) {
        EvidenceFile file = find(evidenceId);
        tasks.visibleTask(file.getTaskId());
        StoredFileInfo info = files.info(file.getFileId());
        return new EvidenceDownload(info.fileName(), info.contentType(), files.read(file.getFileId()));
    }

    public void remove(long evidenceId) {
        EvidenceFile file = find(evidenceId);
        RectificationTask task = commands.rectifyingTask(file.getTaskId());
        audit.record(access.me().asActor(), AuditAction.RECTIFICATION_EVIDENCE_REMOVED, RectificationProcess.SUBJECT,
                task.getId(), task.getParkId(), files.info(file.getFileId()).fileName());
        evidence.delete(file);
        files.delete(file.getFileId());
    }

    /** The largest file accepted, in megabytes, for the upload component's hint. */
    public long maxSizeMegabytes() {
        return files.maxSize().toMegabytes();
    }

    private EvidenceFile find(long evidenceId) {
        return evidence.findById(evidenceId)
                .orElseThrow(() -> new BusinessRuleException("file.error.notFound", evidenceId));
    }

    private static EvidenceItem item(EvidenceFile e, StoredFileInfo file) {
        return new EvidenceItem(e.getId(), file.fileName(), file.sizeBytes(), file.createdAt(), file.createdBy());
    }
}
