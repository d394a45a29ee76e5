package ecopark.forwarding.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ContactFormats;
import ecopark.base.domain.FieldProblem;
import ecopark.base.domain.FieldProblemsException;
import ecopark.base.filestore.FileStore;
import ecopark.base.filestore.StoredFileInfo;
import ecopark.forwarding.document.BundledForm;
import ecopark.forwarding.document.CoverLetter;
import ecopark.forwarding.document.MissingPark;
import ecopark.forwarding.document.PackageBundle;
import ecopark.forwarding.document.PackageSummary;
import ecopark.forwarding.domain.PackageStatus;
import ecopark.forwarding.domain.PackagedForm;
import ecopark.forwarding.domain.PackagedMissing;
import ecopark.forwarding.domain.ProvincePackage;
import ecopark.forwarding.domain.ProvincePackageRepository;
import ecopark.notice.service.AnnualNotices;
import ecopark.notice.service.NoticeView;
import ecopark.notice.service.ProgrammeNames;
import ecopark.notification.service.Notice;
import ecopark.notification.service.Notifications;
import ecopark.opendata.service.IndicatorRecord;
import ecopark.opendata.service.OpenIndicators;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import ecopark.signature.service.PdfSigner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 汇总报送: a province's manager sends the national office the year's package — the current published forms of the
 * province's parks with the notice's deliverables, a cover letter and the parks missing with reasons — as one PDF
 * signed with the province's certificate and an .xlsx summary. The national office's manager lists the packages per
 * province and may return one with a comment; the province then sends a new version, the old one stays readable.
 * Who prepares ({@link #mayPrepare}) and who receives ({@link #mayReceive}) is written here only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProvincePackages {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int REASON_MAX = 500;
    private static final int COMMENT_MAX = 2000;

    private final ProvincePackageRepository packages;
    private final PackagePreviews previews;
    private final PackageBundle bundle;
    private final PackageSummary summary;
    private final PdfSigner signer;
    private final AnnualNotices notices;
    private final ProgrammeNames programmes;
    private final OpenIndicators indicators;
    private final FileStore files;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JurisdictionHierarchy hierarchy;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ProvincePackages(ProvincePackageRepository packages, PackagePreviews previews, PackageBundle bundle,
            PackageSummary summary, PdfSigner signer, AnnualNotices notices, ProgrammeNames programmes,
            OpenIndicators indicators, FileStore files, Notifications notifications, AuditTrail audit,
            CurrentUser currentUser, JurisdictionHierarchy hierarchy, Clock clock,
            PlatformTransactionManager transactions) {
        this.packages = packages;
        this.previews = previews;
        this.bundle = bundle;
        this.summary = summary;
        this.signer = signer;
        this.notices = notices;
        this.programmes = programmes;
        this.indicators = indicators;
        this.files = files;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Whether the current user prepares and sends the province's package: a manager acting for exactly that
     * provincial jurisdiction (not a city's manager below it, not the national office).
     */
    public boolean mayPrepare(long provinceId) {
        SignedInUser user = currentUser.require();
        return user.is(AppRole.MANAGER) && Long.valueOf(provinceId).equals(user.jurisdictionId())
                && hierarchy.levelOf(provinceId).filter(JurisdictionLevel.PROVINCIAL::equals).isPresent();
    }

    /** The province the current user prepares packages for, if they are a provincial manager. */
    public Optional<Long> preparingProvince() {
        SignedInUser user = currentUser.require();
        return Optional.ofNullable(user.jurisdictionId()).filter(this::mayPrepare);
    }

    /** Whether the current user receives the provinces' packages: a manager of the national office. */
    public boolean mayReceive() {
        SignedInUser user = currentUser.require();
        return user.is(AppRole.MANAGER) && user.jurisdictionId() != null
                && hierarchy.levelOf(user.jurisdictionId()).filter(JurisdictionLevel.NATIONAL::equals).isPresent();
    }

    /** The report years with a notice, the latest first: the years a package can be sent for. */
    public List<Integer> years() {
        return notices.all().stream().map(NoticeView::reportYear).toList();
    }

    /**
     * What the province would send for the year now.
     *
     * @throws BusinessRuleException {@code forwarding.error.noNotice} when the national office issued no notice
     */
    public PackagePreview preview(long provinceId, int reportYear) {
        requirePrepare(provinceId);
        return previews.preview(provinceId, provinceName(provinceId), notice(reportYear));
    }

    /**
     * Checks the letter and the reasons as {@link #send} does, building nothing: the page asks this before it asks
     * the manager to confirm, so a mistake is shown at its field first.
     *
     * @throws FieldProblemsException for a blank letter number or contact, a bad e-mail, a missing park without reason
     */
    public void validate(long provinceId, PackageRequest request) {
        requirePrepare(provinceId);
        NoticeView notice = notice(request.reportYear());
        check(request, previews.preview(provinceId, provinceName(provinceId), notice));
    }

    /**
     * Builds, signs and sends the province's package for the request's year; returns the stored version. Nothing is
     * kept when it is refused.
     *
     * @throws BusinessRuleException without a notice, when the latest version is with the national office, without
     *         a signing certificate for the province
     * @throws FieldProblemsException for a blank letter number or contact, a bad e-mail, a missing park without reason
     */
    public PackageRecord send(long provinceId, PackageRequest request) {
        requirePrepare(provinceId);
        NoticeView notice = notice(request.reportYear());
        List<ProvincePackage> earlier = packages.findByProvinceIdAndReportYearOrderBySequenceNoDesc(provinceId,
                request.reportYear());
        if (!earlier.isEmpty() && earlier.get(0).getStatus() == PackageStatus.SENT) {
            throw new BusinessRuleException("forwarding.error.alreadySent", request.reportYear());
        }
        String province = provinceName(provinceId);
        PackagePreview preview = previews.preview(provinceId, province, notice);
        List<MissingPark> missing = check(request, preview);
        List<BundledForm> forms = previews.bundled(preview);
        LocalDate today = LocalDate.now(clock);
        CoverLetter letter = new CoverLetter(province, nationalOffice(provinceId), request.letterNumber().strip(),
                today, notice.reportYear(), programmes.forReportYear(notice.reportYear()).name(
                        ecopark.base.i18n.TranslationProvider.CHINESE), notice.documentNumber(), notice.title(),
                request.contactName().strip(), request.contactPhone().strip(), blankToNull(request.contactEmail()));
        byte[] signed = sign(provinceId, bundle.bundle(letter, forms, missing), letter);
        List<IndicatorRecord> rows = new ArrayList<>();
        forms.forEach(f -> rows.addAll(indicators.form(f.publicationId()).rows()));
        byte[] workbook = summary.workbook(forms, missing, rows);
        SignedInUser user = currentUser.require();
        int sequence = earlier.isEmpty() ? 1 : earlier.get(0).getSequenceNo() + 1;
        boolean late = today.isAfter(notice.provincesDeadline());
        try {
            return transaction.execute(status -> {
                String base = province + "-" + notice.reportYear() + "-汇总报送-v" + sequence;
                StoredFileInfo pdf = files.keep(base + ".pdf", PDF, signed, user.displayName());
                StoredFileInfo xlsx = files.keep(base + ".xlsx", XLSX, workbook, user.displayName());
                ProvincePackage sent = packages.saveAndFlush(new ProvincePackage(provinceId, province,
                        notice.reportYear(), sequence, new ProvincePackage.Letter(letter.letterNumber(), today,
                                letter.contactName(), letter.contactPhone(), letter.contactEmail()),
                        new ProvincePackage.Sending(clock.instant().truncatedTo(ChronoUnit.SECONDS), user.username(),
                                user.displayName(), late),
                        preview.forms().stream().map(f -> new PackagedForm(f.publicationId(), f.parkId(),
                                f.parkName(), f.revision(), f.contentHash(), (int) f.deliverables().stream()
                                        .filter(PackagePreview.DeliverableState::present).count())).toList(),
                        packagedMissing(preview, missing), pdf.id(), files.sha256(pdf.id()), xlsx.id(),
                        files.sha256(xlsx.id())));
                audit.record(user.asActor(), AuditAction.PACKAGE_SENT, AuditSubject.PROVINCE_PACKAGE, sent.getId(),
                        null, province, notice.reportYear(), sequence);
                notifications.sendToRole(AppRole.MANAGER, nationalOfficeId(provinceId), Notice.of(
                        "notification.forwarding.sent", "forwarding/received", province, notice.reportYear(),
                        sequence));
                return record(sent);
            });
        } catch (DataIntegrityViolationException e) {
            // Another manager of the province sent the same version in the same moment: theirs stands.
            throw new BusinessRuleException("forwarding.error.alreadySent", request.reportYear());
        }
    }

    /** Every version the province sent for the year, the newest first: for the province and the national office. */
    public List<PackageRecord> history(long provinceId, int reportYear) {
        if (!mayPrepare(provinceId) && !mayReceive()) {
            throw new AccessDeniedException(currentUser.require() + " may not read the packages of " + provinceId);
        }
        return packages.findByProvinceIdAndReportYearOrderBySequenceNoDesc(provinceId, reportYear).stream()
                .map(ProvincePackages::record).toList();
    }

    /** The national office's list for the year: every province with its latest package, by id. */
    public List<ProvinceReceipt> received(int reportYear) {
        requireReceive();
        Map<Long, List<ProvincePackage>> byProvince = packages.findByReportYearOrderByProvinceIdAscSequenceNoDesc(
                reportYear).stream().collect(Collectors.groupingBy(ProvincePackage::getProvinceId));
        LocalDate today = LocalDate.now(clock);
        boolean pastDeadline = notices.forYear(reportYear).map(n -> today.isAfter(n.provincesDeadline()))
                .orElse(false);
        return hierarchy.atLevel(JurisdictionLevel.PROVINCIAL).stream().map(node -> {
            List<ProvincePackage> sent = byProvince.getOrDefault(node.id(), List.of());
            if (sent.isEmpty()) {
                return new ProvinceReceipt(node.id(), node.name(), ReceiptStatus.MISSING, null, 0, pastDeadline);
            }
            ProvincePackage latest = sent.get(0);
            ReceiptStatus status = latest.getStatus() == PackageStatus.RETURNED ? ReceiptStatus.RETURNED
                    : latest.isLate() ? ReceiptStatus.LATE : ReceiptStatus.RECEIVED;
            return new ProvinceReceipt(node.id(), node.name(), status, record(latest), sent.size(),
                    pastDeadline && status == ReceiptStatus.RETURNED);
        }).toList();
    }

    /** The signed PDF of a package; recorded in the audit trail. */
    public PackageFile bundle(long packageId) {
        return download(packageId, true);
    }

    /** The .xlsx summary of a package; recorded in the audit trail. */
    public PackageFile summary(long packageId) {
        return download(packageId, false);
    }

    /**
     * The national office returns the package to its province with a comment; the province's managers get a bell
     * and an e-mail, and may send a new version.
     *
     * @throws FieldProblemsException for a blank or too long comment
     * @throws BusinessRuleException {@code forwarding.error.notFound}, {@code forwarding.error.notSent}
     */
    public PackageRecord returnPackage(long packageId, String comment) {
        requireReceive();
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new FieldProblemsException(List.of(FieldProblem.of("comment", "forwarding.error.commentRequired")));
        }
        if (text.length() > COMMENT_MAX) {
            throw new FieldProblemsException(List.of(FieldProblem.of("comment", "forwarding.error.commentTooLong",
                    COMMENT_MAX)));
        }
        SignedInUser user = currentUser.require();
        return transaction.execute(status -> {
            ProvincePackage found = packages.findById(packageId)
                    .orElseThrow(() -> new BusinessRuleException("forwarding.error.notFound", packageId));
            if (found.getStatus() != PackageStatus.SENT) {
                throw new BusinessRuleException("forwarding.error.notSent");
            }
            found.returnToProvince(clock.instant().truncatedTo(ChronoUnit.SECONDS), user.username(),
                    user.displayName(), text);
            ProvincePackage saved = packages.saveAndFlush(found);
            audit.record(user.asActor(), AuditAction.PACKAGE_RETURNED, AuditSubject.PROVINCE_PACKAGE, packageId,
                    null, saved.getProvinceName(), saved.getReportYear(), saved.getSequenceNo(), text);
            notifications.sendToRole(AppRole.MANAGER, saved.getProvinceId(), Notice.of(
                    "notification.forwarding.returned", "forwarding", saved.getReportYear(), saved.getSequenceNo(),
                    text));
            return record(saved);
        });
    }

    private PackageFile download(long packageId, boolean pdf) {
        SignedInUser user = currentUser.require();
        return transaction.execute(status -> {
            ProvincePackage found = packages.findById(packageId)
                    .orElseThrow(() -> new BusinessRuleException("forwarding.error.notFound", packageId));
            if (!mayPrepare(found.getProvinceId()) && !mayReceive()) {
                throw new AccessDeniedException(user + " may not read package " + packageId);
            }
            long fileId = pdf ? found.getBundleFileId() : found.getSummaryFileId();
            StoredFileInfo info = files.info(fileId);
            audit.record(user.asActor(), AuditAction.PACKAGE_DOWNLOADED, AuditSubject.PROVINCE_PACKAGE, packageId,
                    null, found.getProvinceName(), found.getReportYear(), found.getSequenceNo(), info.fileName());
            return new PackageFile(info.fileName(), pdf ? PDF : XLSX, files.read(fileId));
        });
    }

    /** The request's field problems, all at once; the missing parks with their (stripped) reasons otherwise. */
    private static List<MissingPark> check(PackageRequest request, PackagePreview preview) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "letterNumber", request.letterNumber(), 100);
        required(problems, "contactName", request.contactName(), 50);
        required(problems, "contactPhone", request.contactPhone(), 50);
        String email = blankToNull(request.contactEmail());
        if (email != null && (email.length() > 100 || !ContactFormats.isEmail(email))) {
            problems.add(FieldProblem.of("contactEmail", "forwarding.error.email"));
        }
        List<MissingPark> missing = new ArrayList<>();
        for (PackagePreview.MissingCandidate park : preview.missing()) {
            String reason = blankToNull(request.reasons().get(park.parkId()));
            if (reason == null) {
                problems.add(FieldProblem.of("reason." + park.parkId(), "forwarding.error.reasonRequired",
                        park.parkName()));
            } else if (reason.length() > REASON_MAX) {
                problems.add(FieldProblem.of("reason." + park.parkId(), "forwarding.error.tooLong", REASON_MAX));
            } else {
                missing.add(new MissingPark(park.parkName(), reason));
            }
        }
        FieldProblemsException.throwIfAny(problems);
        return missing;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        String text = blankToNull(value);
        if (text == null) {
            problems.add(FieldProblem.of(field, "forwarding.error.required"));
        } else if (text.length() > max) {
            problems.add(FieldProblem.of(field, "forwarding.error.tooLong", max));
        }
    }

    private static List<PackagedMissing> packagedMissing(PackagePreview preview, List<MissingPark> missing) {
        List<PackagedMissing> rows = new ArrayList<>();
        for (int i = 0; i < preview.missing().size(); i++) {
            PackagePreview.MissingCandidate park = preview.missing().get(i);
            rows.add(new PackagedMissing(park.parkId(), park.parkName(), missing.get(i).reason()));
        }
        return rows;
    }

    private byte[] sign(long provinceId, byte[] pdf, CoverLetter letter) {
        try {
            return signer.sign(provinceId, pdf, ecopark.base.i18n.TranslationProvider.translate(
                    ecopark.base.i18n.TranslationProvider.CHINESE, "forwarding.sign.reason", letter.reportYear()),
                    letter.province(), letter.contactName() + " " + letter.contactPhone());
        } catch (BusinessRuleException e) {
            if (e.messageKey().startsWith("signature.error.noCredential")
                    || e.messageKey().startsWith("signature.error.noSecret")
                    || e.messageKey().startsWith("signature.error.secretChanged")) {
                throw new BusinessRuleException("forwarding.error.noCertificate", letter.province());
            }
            throw e;
        }
    }

    private NoticeView notice(int reportYear) {
        return notices.forYear(reportYear)
                .orElseThrow(() -> new BusinessRuleException("forwarding.error.noNotice", reportYear));
    }

    private void requirePrepare(long provinceId) {
        if (!mayPrepare(provinceId)) {
            throw new AccessDeniedException(currentUser.require() + " may not send the package of " + provinceId);
        }
    }

    private void requireReceive() {
        if (!mayReceive()) {
            throw new AccessDeniedException(currentUser.require() + " does not receive the provinces' packages");
        }
    }

    private String provinceName(long provinceId) {
        return hierarchy.chain(provinceId).get(0).name();
    }

    private String nationalOffice(long provinceId) {
        List<JurisdictionHierarchy.Node> chain = hierarchy.chain(provinceId);
        return chain.get(chain.size() - 1).name();
    }

    private long nationalOfficeId(long provinceId) {
        List<JurisdictionHierarchy.Node> chain = hierarchy.chain(provinceId);
        return chain.get(chain.size() - 1).id();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static PackageRecord record(ProvincePackage p) {
        return new PackageRecord(p.getId(), p.getProvinceId(), p.getProvinceName(), p.getReportYear(),
                p.getSequenceNo(), p.getLetterNumber(), p.getLetterDate(), p.getContactName(), p.getContactPhone(),
                p.getContactEmail(), p.getStatus(), p.isLate(), p.getSentAt(), p.getSentByName(), p.getReturnedAt(),
                p.getReturnedByName(), p.getReturnComment(), p.getBundleSha256(), p.getSummarySha256(),
                p.getForms().stream().map(f -> new PackageRecord.Form(f.getPublicationId(), f.getParkId(),
                        f.getParkName(), f.getRevisionNumber(), f.getContentHash(), f.getDeliverables())).toList(),
                p.getMissing().stream().map(m -> new PackageRecord.Missing(m.getParkId(), m.getParkName(),
                        m.getReason())).toList());
    }
}
