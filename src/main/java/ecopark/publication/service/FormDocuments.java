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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
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
    private final ReportService reports;
    private final FormAssembler assembler;
    private final PdfFormRenderer pdf;
    private final DocxFormRenderer docx;
    private final Clock clock;

    FormDocuments(PublicForms forms, ReportService reports, FormAssembler assembler, PdfFormRenderer pdf,
            DocxFormRenderer docx, Clock clock) {
        this.forms = forms;
        this.reports = reports;
        this.assembler = assembler;
        this.pdf = pdf;
        this.docx = docx;
        this.clock = clock;
    }

    /** A published form as PDF; open to everyone (only published forms have a publication id). */
    public Document publishedPdf(long publicationId) {
        PublicForm form = forms.form(publicationId);
        return new Document(fileName(form.publication()) + ".pdf", PDF,
                pdf.render(form.form(), stamp(form.publication())));
    }

    /** A published form as Word document; open to everyone. */
    public Document publishedDocx(long publicationId) {
        PublicForm form = forms.form(publicationId);
        return new Document(fileName(form.publication()) + ".docx", DOCX,
                docx.render(form.form(), stamp(form.publication())));
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
                PDF, pdf.render(form, stamp));
    }

    private DocumentStamp stamp(PublicationListing publication) {
        String published = date(publication.publishedAt());
        if (publication.isCurrent()) {
            return new DocumentStamp(t("publication.stamp.published", published, publication.revisionNumber()), false);
        }
        return new DocumentStamp(t("publication.stamp.superseded", published, publication.revisionNumber()), false);
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

    /** A file to download. */
    public record Document(String fileName, String contentType, byte[] content) {
    }
}
