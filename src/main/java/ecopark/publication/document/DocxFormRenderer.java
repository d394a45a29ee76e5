package ecopark.publication.document;

import ecopark.base.domain.PlainText;
import ecopark.notice.service.ProgrammeNames;
import ecopark.publication.service.PublishedForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.springframework.stereotype.Component;

/**
 * The disclosure form as a Word document (.docx) in the official layout: title, the section 一 grid with its ■/□
 * choices, the narratives of section 二 and the seven-column indicator table of section 三, whose header repeats on
 * every page. Chinese text in 宋体 (SimSun), headings in 黑体 (SimHei), as government forms are set.
 */
@Component
public class DocxFormRenderer {

    private static final String SONG = "宋体";
    private static final String HEI = "黑体";
    private static final int[] BASIC_WIDTHS = {17, 83};
    private static final int[] INDICATOR_WIDTHS = {9, 6, 31, 10, 22, 11, 11};

    private final ProgrammeNames programmes;

    DocxFormRenderer(ProgrammeNames programmes) {
        this.programmes = programmes;
    }

    public byte[] render(PublishedForm form, DocumentStamp stamp) {
        FormTexts texts = FormTexts.chinese();
        String title = texts.title(form, programmes.forReportYear(form.year()));
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(form.basics().parkName() + " · " + title);
            paragraph(doc, title, HEI, 16, true, ParagraphAlignment.CENTER);
            paragraph(doc, stamp.line(), SONG, 9, false, ParagraphAlignment.CENTER);
            if (stamp.contentHash() != null) {
                paragraph(doc, texts.t("publication.stamp.contentHash", stamp.contentHash()), SONG, 8, false,
                        ParagraphAlignment.CENTER);
                doc.getProperties().getCoreProperties().setKeywords("SHA-256:" + stamp.contentHash());
                doc.getProperties().getCustomProperties().addProperty(DocumentStamp.HASH_PROPERTY,
                        stamp.contentHash());
            }

            paragraph(doc, texts.partOne(), HEI, 13, true, ParagraphAlignment.LEFT);
            List<FormTexts.BasicRow> basicRows = texts.basicRows(form.basics());
            XWPFTable basic = table(doc, basicRows.size() + 1, BASIC_WIDTHS);
            for (int r = 0; r < basicRows.size(); r++) {
                XWPFTableRow row = basic.getRow(r);
                text(row.getCell(0), basicRows.get(r).label(), true, ParagraphAlignment.CENTER);
                text(row.getCell(1), basicRows.get(r).content(), false, ParagraphAlignment.LEFT);
            }
            XWPFTableRow status = basic.getRow(basicRows.size());
            status.removeCell(1);
            span(status.getCell(0), 2, 100);
            text(status.getCell(0), texts.statusLine(form.basics()), false, ParagraphAlignment.CENTER);

            paragraph(doc, texts.partTwo(), HEI, 13, true, ParagraphAlignment.LEFT);
            for (FormTexts.Narrative narrative : texts.narratives(form)) {
                if (narrative.heading() != null) {
                    paragraph(doc, narrative.heading(), HEI, 11.5, true, ParagraphAlignment.LEFT);
                }
                narrative(doc, narrative.text());
            }

            paragraph(doc, texts.partThree() + texts.partThreeNote(), HEI, 13, true, ParagraphAlignment.LEFT);
            XWPFTable indicators = table(doc, form.rows().size() + 1, INDICATOR_WIDTHS);
            XWPFTableRow header = indicators.getRow(0);
            header.setRepeatHeader(true);
            List<String> headings = texts.tableHeader();
            for (int c = 0; c < headings.size(); c++) {
                text(header.getCell(c), headings.get(c), true, ParagraphAlignment.CENTER);
                header.getCell(c).setColor("EEF2EE");
            }
            boolean[] first = FormTexts.firstOfCategory(form.rows());
            for (int r = 0; r < form.rows().size(); r++) {
                XWPFTableRow row = indicators.getRow(r + 1);
                row.setCantSplitRow(true);
                List<String> cells = texts.tableRow(form.rows().get(r), first[r]);
                for (int c = 0; c < cells.size(); c++) {
                    text(row.getCell(c), cells.get(c), false,
                            c == 2 || c == 4 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                }
            }
            for (String footnote : texts.footnotes(form)) {
                paragraph(doc, footnote, SONG, 8, false, ParagraphAlignment.LEFT);
            }
            if (form.selectionChangeReason() != null && !form.selectionChangeReason().isBlank()) {
                paragraph(doc, texts.t("publication.selectionChanged", form.selectionChangeReason()), SONG, 9, false,
                        ParagraphAlignment.LEFT);
            }
            List<FormTexts.FactBlock> facts = texts.facts(form);
            if (!facts.isEmpty()) {
                paragraph(doc, texts.factsHeading(), HEI, 11.5, true, ParagraphAlignment.LEFT);
                for (FormTexts.FactBlock block : facts) {
                    paragraph(doc, block.heading(), HEI, 9, true, ParagraphAlignment.LEFT);
                    for (String line : block.lines()) {
                        paragraph(doc, "• " + line, SONG, 9, false, ParagraphAlignment.LEFT).setIndentationLeft(420);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Word document of the form", e);
        }
    }

    private static void narrative(XWPFDocument doc, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = block.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            boolean list = !lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith("- "));
            for (String line : lines) {
                XWPFParagraph p = list ? paragraph(doc, "• " + line.substring(2), SONG, 10.5, false, ParagraphAlignment.LEFT)
                        : paragraph(doc, line, SONG, 10.5, false, ParagraphAlignment.BOTH);
                if (list) {
                    p.setIndentationLeft(420);
                } else {
                    // Two characters' first-line indent, as Chinese paragraphs are set.
                    p.setIndentationFirstLine(420);
                }
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, double size, boolean bold,
            ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(80);
        run(p, text, font, size, bold);
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(wordText(text));
    }

    /**
     * Text as the document's XML may hold it: controls (which XML 1.0 forbids, so Word would refuse the file) become
     * spaces, invisible format characters (zero-width space, byte-order mark, direction overrides) are left out, and
     * a lone surrogate becomes U+FFFD.
     */
    static String wordText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (PlainText.isForbidden(cp) || Character.getType(cp) == Character.FORMAT
                    || cp == 0xFFFE || cp == 0xFFFF) {
                // left out
            } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static XWPFTable table(XWPFDocument doc, int rows, int[] percent) {
        XWPFTable table = doc.createTable(rows, percent.length);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < percent.length; c++) {
                row.getCell(c).setWidth(percent[c] + "%");
            }
        }
        return table;
    }

    private static void span(XWPFTableCell cell, int columns, int percent) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        (properties.isSetGridSpan() ? properties.getGridSpan() : properties.addNewGridSpan())
                .setVal(BigInteger.valueOf(columns));
        cell.setWidth(percent + "%");
    }

    /** A cell's text; each line of it (\n) a paragraph of its own. */
    private static void text(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(alignment);
            run(p, lines[i], bold ? HEI : SONG, 9, bold);
        }
    }
}
