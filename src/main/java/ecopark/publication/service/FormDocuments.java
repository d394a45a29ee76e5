package ecopark.publication.service;

import ecopark.base.i18n.TranslationProvider;
import ecopark.publication.document.DocumentStamp;
import ecopark.publication.document.DocxFormRenderer;
import ecopark.publication.document.PdfFormRenderer;
import ecopark.publication.domain.PublicationListing;
import ecopark.report.domain.AnnualReport;
import ecopark.report.service.ReportService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form as documents: PDF and Word of every published form for everyone, and a PDF of a report that is not
 * published (yet) for those who may see the report — its staff, the reviewers and managers of its bureau,
 * administrators — watermarked 草稿 on every page.
 */
@Service
@Transactional(readOnly = true)
public class FormDocuments {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PublicForms forms;
    private final FrozenForms frozen;
    private final StoredDocuments stored;
    private final ReportService reports;
    private final FormAssembler assembler;
    private final PdfFormRenderer pdf;
    private final DocxFormRenderer docx;
    private final Clock clock;

    FormDocuments(PublicForms forms, FrozenForms frozen, StoredDocuments stored, ReportService reports,
            FormAssembler assembler, PdfFormRenderer pdf, DocxFormRenderer docx, Clock clock) {
        this.forms = forms;
        this.frozen = frozen;
        this.stored = stored;
        this.reports = reports;
        this.assembler = assembler;
        this.pdf = pdf;
        this.docx = docx;
        this.clock = clock;
    }

    /**
     * A published form as PDF; open to everyone (only published forms have a publication id). Made on the first
     * request and kept in the file store; every later request, on every node, gets the same bytes.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Document publishedPdf(long publicationId) {
        return published(publicationId, Kind.PDF);
    }

    /** A published form as Word document; open to everyone; made once and kept, as the PDF. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Document publishedDocx(long publicationId) {
        return published(publicationId, Kind.DOCX);
    }

    /**
     * The SHA-256 of the published PDF's bytes (its strong ETag) if it was made already, read without the bytes, so
     * that a client holding the document is answered 304 cheaply; empty when it still has to be made.
     *
     * @throws PublicationNotFoundException if no published form has this id
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<String> publishedPdfTag(long publicationId) {
        return tag(publicationId, Kind.PDF);
    }

    /** As {@link #publishedPdfTag}, for the Word document. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<String> publishedDocxTag(long publicationId) {
        return tag(publicationId, Kind.DOCX);
    }

    private Optional<String> tag(long publicationId, Kind kind) {
        PublicationListing publication = stored.publication(publicationId).listing();
        return stored.find(publicationId, kind.name(), !publication.isCurrent()).map(StoredDocuments.Stored::sha256);
    }

    private Document published(long publicationId, Kind kind) {
        StoredDocuments.Published published = stored.publication(publicationId);
        PublicationListing publication = published.listing();
        String fileName = fileName(publication) + kind.extension;
        boolean superseded = !publication.isCurrent();
        Optional<StoredDocuments.Stored> kept = stored.find(publicationId, kind.name(), superseded);
        if (kept.isPresent()) {
            return new Document(fileName, kind.contentType, stored.content(kept.get().fileId()),
                    kept.get().sha256(), published.contentHash());
        }
        FrozenForm form = frozen.form(publicationId);
        DocumentStamp stamp = stamp(publication, form.contentHash());
        byte[] made = kind == Kind.PDF ? pdf.render(form.form(), stamp) : docx.render(form.form(), stamp);
        StoredDocuments.Stored winner = stored.keep(publicationId, kind.name(), superseded, fileName,
                kind.contentType, made);
        byte[] content = winner.sha256().equals(sha256(made)) ? made : stored.content(winner.fileId());
        return new Document(fileName, kind.contentType, content, winner.sha256(), form.contentHash());
    }

    /**
     * The report as it stands now, as a PDF watermarked 草稿: for everyone who may see the report (the report service
     * applies the park rule), whatever its status — what the public reads is only the published form.
     */
    @PreAuthorize("isAuthenticated()")
    public Document draftPdf(long reportId) {
        AnnualReport report = reports.get(reportId);
        PublishedForm form = assembler.assembleDraft(report);
        String generated = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(clock.getZone()));
        DocumentStamp stamp = new DocumentStamp(t("publication.stamp.draft", generated), true);
        return new Document(report.getParkName() + "-" + report.getYear() + "-" + t("publication.watermark") + ".pdf",
                PDF, pdf.render(form, stamp), null, null);
    }

    private DocumentStamp stamp(PublicationListing publication, String contentHash) {
        String published = date(publication.publishedAt());
        String key = publication.isCurrent() ? "publication.stamp.published" : "publication.stamp.superseded";
        return new DocumentStamp(t(key, published, publication.revisionNumber()), false, contentHash);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String date(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone()).toString();
    }

    private static String fileName(PublicationListing publication) {
        return publication.parkName() + "-" + publication.year() + "-" + t("publication.fileName") + "-r"
                + publication.revisionNumber();
    }

    private static String t(String key, Object... args) {
        return TranslationProvider.translate(TranslationProvider.CHINESE, key, args);
    }

    /**
     * A file to download.
     *
     * @param sha256 SHA-256 of the bytes, the strong ETag; null for a draft (made anew for every request)
     * @param contentHash the content hash of the published form it shows; null for a draft
     */
    public record Document(String fileName, String contentType, byte[] content, String sha256, String contentHash) {
    }

    private enum Kind {
        PDF(FormDocuments.PDF, ".pdf"),
        DOCX(FormDocuments.DOCX, ".docx");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }
}
