package ecopark.publication.document;

import ecopark.base.pdf.PdfWriter;
import ecopark.notice.service.ProgrammeNames;
import ecopark.publication.service.PublishedForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The disclosure form as a PDF in the official layout, in Chinese, with the CJK font embedded. */
@Component
public class PdfFormRenderer {

    private static final float TITLE = 16;
    private static final float HEADING = 13;
    private static final float BODY = 10.5f;
    private static final float TABLE = 9;
    private static final float[] BASIC_COLUMNS = {0.17f, 0.83f};
    private static final float[] INDICATOR_COLUMNS = {0.09f, 0.06f, 0.31f, 0.10f, 0.22f, 0.11f, 0.11f};

    private final ProgrammeNames programmes;

    PdfFormRenderer(ProgrammeNames programmes) {
        this.programmes = programmes;
    }

    public byte[] render(PublishedForm form, DocumentStamp stamp) {
        FormTexts texts = FormTexts.chinese();
        String title = texts.title(form, programmes.forReportYear(form.year()));
        String watermark = stamp.draft() ? texts.t("publication.watermark") : null;
        try (PdfWriter pdf = new PdfWriter(form.basics().parkName() + " · " + title, watermark,
                form.basics().parkName() + " · " + title)) {
            pdf.title(title, TITLE);
            pdf.paragraph(stamp.line(), 9, false);
            if (stamp.contentHash() != null) {
                pdf.paragraph(texts.t("publication.stamp.contentHash", stamp.contentHash()), 8, false);
                pdf.contentHash(DocumentStamp.HASH_PROPERTY, stamp.contentHash());
            }

            pdf.heading(texts.partOne(), HEADING);
            List<List<PdfWriter.Cell>> basic = new ArrayList<>();
            for (FormTexts.BasicRow row : texts.basicRows(form.basics())) {
                basic.add(List.of(PdfWriter.Cell.center(row.label()), PdfWriter.Cell.of(row.content())));
            }
            basic.add(List.of(PdfWriter.Cell.center(texts.statusLine(form.basics())).spanning(2)));
            pdf.table(BASIC_COLUMNS, null, basic, BODY);

            pdf.heading(texts.partTwo(), HEADING);
            for (FormTexts.Narrative narrative : texts.narratives(form)) {
                if (narrative.heading() != null) {
                    pdf.heading(narrative.heading(), 11.5f);
                }
                writeNarrative(pdf, narrative.text());
            }

            pdf.heading(texts.partThree() + texts.partThreeNote(), HEADING);
            List<PdfWriter.Cell> header = texts.tableHeader().stream().map(h -> PdfWriter.Cell.of(h).header()).toList();
            boolean[] first = FormTexts.firstOfCategory(form.rows());
            List<List<PdfWriter.Cell>> rows = new ArrayList<>();
            for (int i = 0; i < form.rows().size(); i++) {
                List<String> cells = texts.tableRow(form.rows().get(i), first[i]);
                List<PdfWriter.Cell> row = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    row.add(c == 2 || c == 4 ? PdfWriter.Cell.of(cells.get(c)) : PdfWriter.Cell.center(cells.get(c)));
                }
                rows.add(row);
            }
            pdf.table(INDICATOR_COLUMNS, header, rows, TABLE);
            for (String footnote : texts.footnotes(form)) {
                pdf.paragraph(footnote, 8, false);
            }
            if (form.selectionChangeReason() != null && !form.selectionChangeReason().isBlank()) {
                pdf.paragraph(texts.t("publication.selectionChanged", form.selectionChangeReason()), 9, false);
            }
            List<FormTexts.FactBlock> facts = texts.facts(form);
            if (!facts.isEmpty()) {
                pdf.heading(texts.factsHeading(), 11.5f);
                for (FormTexts.FactBlock block : facts) {
                    pdf.paragraph(block.heading(), 9, false);
                    for (String line : block.lines()) {
                        pdf.bullet(line, 8.5f);
                    }
                }
            }
            return pdf.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF of the form", e);
        }
    }

    /** Blank lines separate paragraphs; a block whose lines all start with "- " is a list (as {@code NarrativeText}). */
    private static void writeNarrative(PdfWriter pdf, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = block.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            boolean list = !lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("- "));
            for (String line : lines) {
                if (list) {
                    pdf.bullet(line.substring(2), BODY);
                } else {
                    pdf.paragraph(line, BODY, true);
                }
            }
        }
    }
}
