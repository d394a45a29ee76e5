package ecopark.forwarding.document;

import ecopark.base.i18n.TranslationProvider;
import ecopark.base.pdf.PdfWriter;
import ecopark.base.pdf.PdfWriter.Cell;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.stereotype.Component;

/**
 * The package as one PDF: the cover letter with the list of forms and of parks missing, then every park's published
 * form exactly as the portal serves it (its stored PDF, pages appended unchanged), a bookmark per part, and the
 * deliverables embedded as file attachments (Word or Excel files cannot become pages without changing them). The
 * signature added afterwards covers all of it. The package goes to the national office, so it is written in Chinese.
 */
@Component
public class PackageBundle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final float BODY = 11;

    /** The package's PDF: cover letter, the forms in the given order, deliverables attached. */
    public byte[] bundle(CoverLetter letter, List<BundledForm> forms, List<MissingPark> missing) {
        try (PDDocument bundle = Loader.loadPDF(cover(letter, forms, missing))) {
            PDDocumentOutline outline = new PDDocumentOutline();
            bundle.getDocumentCatalog().setDocumentOutline(outline);
            outline.addLast(bookmark(t("forwarding.cover.bookmark"), bundle, 0));
            PDFMergerUtility merger = new PDFMergerUtility();
            for (BundledForm form : forms) {
                int firstPage = bundle.getNumberOfPages();
                try (PDDocument pdf = Loader.loadPDF(form.pdf())) {
                    merger.appendDocument(bundle, pdf);
                }
                outline.addLast(bookmark(t("forwarding.cover.formBookmark", form.parkName(), form.year(),
                        form.revision()), bundle, firstPage));
            }
            attach(bundle, forms);
            describe(bundle.getDocumentInformation(), letter);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            bundle.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not bundle the package", e);
        }
    }

    /** The name a deliverable has inside the package: park, deliverable and the file's own name, so none collide. */
    public static String attachmentName(BundledForm form, BundledForm.Deliverable deliverable) {
        return form.parkName() + "-" + deliverable.name() + "-" + deliverable.fileName();
    }

    private byte[] cover(CoverLetter letter, List<BundledForm> forms, List<MissingPark> missing) throws IOException {
        String title = t("forwarding.cover.title", letter.province(), letter.reportYear(), letter.programmeName());
        try (PdfWriter pdf = new PdfWriter(title, null, letter.province() + " " + letter.letterNumber())) {
            pdf.paragraph(letter.letterNumber(), BODY, false);
            pdf.title(title, 16);
            pdf.paragraph(t("forwarding.cover.addressee", letter.addressee()), BODY, false);
            pdf.paragraph(t("forwarding.cover.body", letter.noticeTitle(), letter.noticeNumber(), letter.reportYear(),
                    forms.size(), missing.size()), BODY, true);

            pdf.heading(t("forwarding.cover.formsHeading", forms.size()), 12);
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
                BundledForm form = forms.get(i);
                List<String> attached = form.deliverables().stream().map(d -> attachmentName(form, d)).toList();
                rows.add(List.of(Cell.center(String.valueOf(i + 1)), Cell.of(form.parkName()),
                        Cell.center(String.valueOf(form.year())), Cell.center(String.valueOf(form.revision())),
                        Cell.of(form.contentHash()),
                        Cell.of(attached.isEmpty() ? t("forwarding.cover.none") : String.join("\n", attached))));
            }
            if (rows.isEmpty()) {
                pdf.paragraph(t("forwarding.cover.noForms"), BODY, false);
            } else {
                pdf.table(new float[] {0.07f, 0.22f, 0.09f, 0.08f, 0.30f, 0.24f}, header("forwarding.cover.column.no",
                        "forwarding.cover.column.park", "forwarding.cover.column.year",
                        "forwarding.cover.column.revision", "forwarding.cover.column.hash",
                        "forwarding.cover.column.attachments"), rows, 9);
            }

            pdf.heading(t("forwarding.cover.missingHeading", missing.size()), 12);
            if (missing.isEmpty()) {
                pdf.paragraph(t("forwarding.cover.noneMissing"), BODY, false);
            } else {
                List<List<Cell>> missingRows = new ArrayList<>();
                for (int i = 0; i < missing.size(); i++) {
                    missingRows.add(List.of(Cell.center(String.valueOf(i + 1)), Cell.of(missing.get(i).parkName()),
                            Cell.of(missing.get(i).reason())));
                }
                pdf.table(new float[] {0.07f, 0.33f, 0.60f}, header("forwarding.cover.column.no",
                        "forwarding.cover.column.park", "forwarding.cover.column.reason"), missingRows, 9);
            }

            pdf.paragraph(t("forwarding.cover.contact", letter.contactName(), letter.contactPhone(),
                    letter.contactEmail() == null || letter.contactEmail().isBlank() ? t("forwarding.cover.none")
                            : letter.contactEmail()), BODY, false);
            pdf.space(18);
            pdf.paragraph(letter.province(), BODY, false);
            pdf.paragraph(DATE.format(letter.date()), BODY, false);
            return pdf.finish();
        }
    }

    private static List<Cell> header(String... keys) {
        List<Cell> header = new ArrayList<>();
        for (String key : keys) {
            header.add(Cell.of(t(key)).header());
        }
        return header;
    }

    private static PDOutlineItem bookmark(String title, PDDocument document, int pageIndex) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(pageIndex));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    private static void attach(PDDocument bundle, List<BundledForm> forms) throws IOException {
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        for (BundledForm form : forms) {
            for (BundledForm.Deliverable deliverable : form.deliverables()) {
                String name = attachmentName(form, deliverable);
                PDEmbeddedFile file = new PDEmbeddedFile(bundle, new ByteArrayInputStream(deliverable.content()));
                file.setSubtype(deliverable.contentType());
                file.setSize(deliverable.content().length);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(name);
                spec.setFileUnicode(name);
                spec.setFileDescription(deliverable.name());
                spec.setEmbeddedFile(file);
                spec.setEmbeddedFileUnicode(file);
                files.put(name, spec);
            }
        }
        if (files.isEmpty()) {
            return;
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(bundle.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        bundle.getDocumentCatalog().setNames(names);
    }

    private static void describe(PDDocumentInformation info, CoverLetter letter) {
        info.setTitle(t("forwarding.cover.title", letter.province(), letter.reportYear(), letter.programmeName()));
        info.setAuthor(letter.province());
        info.setSubject(letter.letterNumber());
        GregorianCalendar created = GregorianCalendar.from(letter.date().atStartOfDay(
                TimeZone.getTimeZone("Asia/Shanghai").toZoneId()));
        info.setCreationDate(created);
    }

    private static String t(String key, Object... args) {
        return TranslationProvider.translate(TranslationProvider.CHINESE, key, args);
    }
}
