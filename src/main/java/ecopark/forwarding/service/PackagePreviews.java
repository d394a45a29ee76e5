package ecopark.forwarding.service;

import ecopark.base.i18n.TranslationProvider;
import ecopark.forwarding.document.BundledForm;
import ecopark.notice.service.NoticeView;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.park.service.ParkListItem;
import ecopark.park.service.ParkService;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.service.FormDocuments;
import ecopark.publication.service.PublicFormFilter;
import ecopark.publication.service.PublicForms;
import ecopark.report.domain.ReportStatus;
import ecopark.report.service.AttachmentItem;
import ecopark.report.service.DownloadedFile;
import ecopark.report.service.ReportAttachmentService;
import ecopark.report.service.ReportListItem;
import ecopark.report.service.ReportService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Gathers what a province's package holds, as the province's manager reads it (every read below goes through the
 * other features' secured services, so the park rule applies): the parks of the province's subtree, their current
 * published forms of the year, the notice's deliverables each park uploaded, and the state of the other parks'
 * reports. Not user-secured itself: {@link ProvincePackages} asks {@code mayPrepare} first.
 */
@Component
class PackagePreviews {

    private final JurisdictionHierarchy hierarchy;
    private final ParkService parks;
    private final PublicForms publications;
    private final ReportService reports;
    private final ReportAttachmentService attachments;
    private final FormDocuments documents;

    PackagePreviews(JurisdictionHierarchy hierarchy, ParkService parks, PublicForms publications,
            ReportService reports, ReportAttachmentService attachments, FormDocuments documents) {
        this.hierarchy = hierarchy;
        this.parks = parks;
        this.publications = publications;
        this.reports = reports;
        this.attachments = attachments;
        this.documents = documents;
    }

    PackagePreview preview(long provinceId, String provinceName, NoticeView notice) {
        int year = notice.reportYear();
        Set<Long> subtree = hierarchy.subtree(provinceId);
        List<ParkListItem> provinceParks = parks.findVisible(null, Pageable.unpaged()).getContent().stream()
                .filter(p -> subtree.contains(p.jurisdictionId()))
                .sorted(Comparator.comparing(ParkListItem::name)).toList();
        Set<Long> parkIds = provinceParks.stream().map(ParkListItem::id).collect(Collectors.toSet());
        Map<Long, PublicationListing> current = publications.search(new PublicFormFilter(year, null, null, null,
                null, false), Pageable.unpaged()).getContent().stream()
                .filter(p -> p.isCurrent() && parkIds.contains(p.parkId()))
                .collect(Collectors.toMap(PublicationListing::parkId, Function.identity(), (a, b) -> a));
        Map<Long, ReportListItem> reportsOfYear = reports.findVisible(Pageable.unpaged()).getContent().stream()
                .filter(r -> r.year() == year && parkIds.contains(r.parkId()))
                .collect(Collectors.toMap(ReportListItem::parkId, Function.identity(), (a, b) -> a));
        List<PackagePreview.Form> forms = new ArrayList<>();
        List<PackagePreview.MissingCandidate> missing = new ArrayList<>();
        for (ParkListItem park : provinceParks) {
            PublicationListing publication = current.get(park.id());
            if (publication != null) {
                forms.add(form(publication, notice));
            } else {
                missing.add(new PackagePreview.MissingCandidate(park.id(), park.name(),
                        suggestedReason(reportsOfYear.get(park.id()))));
            }
        }
        return new PackagePreview(provinceId, provinceName, year, notice, forms, missing);
    }

    private PackagePreview.Form form(PublicationListing publication, NoticeView notice) {
        List<AttachmentItem> files = attachments.list(publication.reportId());
        List<PackagePreview.DeliverableState> deliverables = notice.deliverables().stream().map(d -> files.stream()
                .filter(f -> d.id() != null && d.id().equals(f.deliverableId())).reduce((a, b) -> b)
                .map(f -> new PackagePreview.DeliverableState(d, f.id(), f.fileName()))
                .orElse(new PackagePreview.DeliverableState(d, null, null))).toList();
        String hash = publications.form(publication.id()).contentHash();
        return new PackagePreview.Form(publication.id(), publication.reportId(), publication.parkId(),
                publication.parkName(), publication.revisionNumber(), hash, deliverables);
    }

    /** The forms as the bundle takes them: each form's stored PDF and the deliverable files the park uploaded. */
    List<BundledForm> bundled(PackagePreview preview) {
        List<BundledForm> bundled = new ArrayList<>();
        for (PackagePreview.Form form : preview.forms()) {
            FormDocuments.Document pdf = documents.publishedPdf(form.publicationId());
            List<BundledForm.Deliverable> files = new ArrayList<>();
            for (PackagePreview.DeliverableState state : form.deliverables()) {
                if (state.present()) {
                    DownloadedFile file = attachments.download(state.attachmentId());
                    files.add(new BundledForm.Deliverable(state.deliverable().nameZh(), file.fileName(),
                            file.contentType(), file.content()));
                }
            }
            bundled.add(new BundledForm(form.publicationId(), form.parkName(), preview.reportYear(), form.revision(),
                    form.contentHash(), pdf.content(), files));
        }
        return bundled;
    }

    /** The reason a park's report state suggests, in Chinese: the package goes to the national office. */
    static String suggestedReason(ReportListItem report) {
        if (report == null) {
            return t("forwarding.reason.notStarted");
        }
        ReportStatus status = report.status();
        return switch (status) {
            case DRAFT -> t("forwarding.reason.drafting");
            case SUBMITTED, IN_REVIEW -> report.reviewStage() == null ? t("forwarding.reason.inReviewNoStage")
                    : t("forwarding.reason.inReview", t("review.stage." + report.reviewStage()));
            case RETURNED -> t("forwarding.reason.returned");
            case APPROVED, PUBLISHED -> t("forwarding.reason.approvedNotPublished");
        };
    }

    private static String t(String key, Object... args) {
        return TranslationProvider.translate(TranslationProvider.CHINESE, key, args);
    }
}
