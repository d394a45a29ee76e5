package ecopark.base.pdf;

import ecopark.base.domain.PlainText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * A small flowing layout on A4 pages for the form: headings, wrapped paragraphs and bordered tables whose rows move
 * whole to the next page (with the header row repeated). Text is written with one embedded CJK font (a subset, with
 * its Unicode map, so Chinese text can be searched and copied); characters the font lacks are replaced, never
 * dropped silently. Line breaks follow Chinese typesetting loosely: anywhere between CJK characters, at spaces in
 * Latin text, and closing punctuation never starts a line.
 */
public final class PdfWriter implements AutoCloseable {

    public static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEADING = 1.45f;
    private static final float PADDING = 4;
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕,.;:?!)]}%";

    private final PDDocument document = new PDDocument();
    private final CjkFont.Opened opened;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final String watermark;
    private final String footer;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /** One table cell: its text (lines separated by \n), how many columns it spans, and its look. */
    public record Cell(String text, int span, Align align, boolean bold, boolean shaded) {

        public static Cell of(String text) {
            return new Cell(text, 1, Align.LEFT, false, false);
        }

        public static Cell center(String text) {
            return new Cell(text, 1, Align.CENTER, false, false);
        }

        public Cell spanning(int columns) {
            return new Cell(text, columns, align, bold, shaded);
        }

        public Cell header() {
            return new Cell(text, span, Align.CENTER, true, true);
        }
    }

    public enum Align { LEFT, CENTER }

    public PdfWriter(String title, String watermark, String footer) throws IOException {
        this.opened = CjkFont.open();
        this.font = PDType0Font.load(document, opened.font(), true);
        this.cmap = opened.font().getUnicodeCmapLookup();
        this.watermark = watermark;
        this.footer = footer;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("生态工业园区年度评价");
        newPage();
    }

    public float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    public void title(String text, float size) throws IOException {
        for (String line : wrap(text, size, width())) {
            ensure(size * LEADING);
            float w = textWidth(line, size);
            write(line, MARGIN + (width() - w) / 2, y - size, size, true);
            y -= size * LEADING;
        }
        y -= size * 0.5f;
    }

    public void heading(String text, float size) throws IOException {
        ensure(size * LEADING * 2);
        y -= size * 0.3f;
        for (String line : wrap(text, size, width())) {
            ensure(size * LEADING);
            write(line, MARGIN, y - size, size, true);
            y -= size * LEADING;
        }
        y -= size * 0.2f;
    }

    /** A paragraph; indented by two characters as Chinese paragraphs are. */
    public void paragraph(String text, float size, boolean indent) throws IOException {
        String body = indent ? "\u3000\u3000" + text : text;
        for (String line : wrap(body, size, width())) {
            ensure(size * LEADING);
            write(line, MARGIN, y - size, size, false);
            y -= size * LEADING;
        }
        y -= size * 0.35f;
    }

    public void bullet(String text, float size) throws IOException {
        float indent = size * 1.5f;
        List<String> lines = wrap(text, size, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(size * LEADING);
            if (i == 0) {
                write("•", MARGIN + size * 0.4f, y - size, size, false);
            }
            write(lines.get(i), MARGIN + indent, y - size, size, false);
            y -= size * LEADING;
        }
        y -= size * 0.2f;
    }

    public void space(float points) {
        y -= points;
    }

    /** A bordered table; {@code header} (may be null) repeats on every page the table continues on. */
    public void table(float[] fractions, List<Cell> header, List<List<Cell>> rows, float size) throws IOException {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * width();
        }
        if (header != null) {
            ensure(rowHeight(widths, header, size) + rowHeight(widths, rows.isEmpty() ? header : rows.get(0), size));
            drawRow(widths, header, size);
        }
        for (List<Cell> row : rows) {
            float height = rowHeight(widths, row, size);
            if (y - height < MARGIN + 20) {
                newPage();
                if (header != null) {
                    drawRow(widths, header, size);
                }
            }
            drawRow(widths, row, size);
        }
        y -= size;
    }

    /** Records the content hash in the document information, as a key of its own and among the keywords. */
    public void contentHash(String property, String hash) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCustomMetadataValue(property, hash);
        info.setKeywords("SHA-256:" + hash);
        info.setSubject("SHA-256 " + hash);
    }

    public byte[] finish() throws IOException {
        content.close();
        content = null;
        if (footer != null) {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream stream = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = sanitize(footer + "  " + (i + 1) + " / " + pages.size());
                    float size = 8;
                    stream.beginText();
                    stream.setNonStrokingColor(Color.GRAY);
                    stream.setFont(font, size);
                    stream.newLineAtOffset(MARGIN + (width() - textWidth(text, size)) / 2, MARGIN / 2);
                    stream.showText(text);
                    stream.endText();
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } finally {
            opened.close();
        }
    }

    private float rowHeight(float[] widths, List<Cell> row, float size) throws IOException {
        int column = 0;
        int lines = 1;
        for (Cell cell : row) {
            float w = span(widths, column, cell.span()) - 2 * PADDING;
            lines = Math.max(lines, wrapCell(cell.text(), size, w).size());
            column += cell.span();
        }
        return lines * size * LEADING + 2 * PADDING;
    }

    private void drawRow(float[] widths, List<Cell> row, float size) throws IOException {
        float height = rowHeight(widths, row, size);
        float x = MARGIN;
        int column = 0;
        for (Cell cell : row) {
            float w = span(widths, column, cell.span());
            if (cell.shaded()) {
                content.setNonStrokingColor(new Color(0xEE, 0xF2, 0xEE));
                content.addRect(x, y - height, w, height);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
            }
            content.setLineWidth(0.6f);
            content.addRect(x, y - height, w, height);
            content.stroke();
            float lineY = y - PADDING - size;
            for (String line : wrapCell(cell.text(), size, w - 2 * PADDING)) {
                float lineX = cell.align() == Align.CENTER ? x + (w - textWidth(line, size)) / 2 : x + PADDING;
                write(line, lineX, lineY, size, cell.bold());
                lineY -= size * LEADING;
            }
            x += w;
            column += cell.span();
        }
        y -= height;
    }

    private List<String> wrapCell(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("\n", -1)) {
            lines.addAll(wrap(part, size, width));
        }
        return lines;
    }

    private static float span(float[] widths, int from, int count) {
        float w = 0;
        for (int i = from; i < Math.min(widths.length, from + count); i++) {
            w += widths[i];
        }
        return w;
    }

    /** Greedy line breaking by width; see the class comment for where lines may break. */
    List<String> wrap(String text, float size, float width) throws IOException {
        String clean = sanitize(text);
        List<String> lines = new ArrayList<>();
        if (clean.isEmpty()) {
            lines.add("");
            return lines;
        }
        int[] cps = clean.codePoints().toArray();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        int lastSpace = -1;
        for (int cp : cps) {
            String ch = new String(Character.toChars(cp));
            float w = textWidth(ch, size);
            boolean hang = NO_LINE_START.indexOf(cp) >= 0;
            if (lineWidth + w > width && line.length() > 0 && !hang) {
                if (isLatin(cp) && lastSpace > 0) {
                    // Break a Latin word at the last space instead of in the middle.
                    String rest = line.substring(lastSpace + 1);
                    lines.add(line.substring(0, lastSpace));
                    line = new StringBuilder(rest);
                } else {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                lastSpace = -1;
                lineWidth = textWidth(line.toString(), size);
                if (cp == ' ') {
                    continue;
                }
            }
            if (cp == ' ') {
                lastSpace = line.length();
            }
            line.append(ch);
            lineWidth += w;
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean isLatin(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    public float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * Tabs and other controls become spaces; invisible format characters (zero-width space, byte-order mark,
     * direction overrides: the font may have a glyph for them, but they would only hide in the text) are left out;
     * a character without a glyph in the font becomes a replacement.
     */
    String sanitize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != '\u3000') {
                out.append(' ');
            } else if (PlainText.isForbidden(cp) || Character.getType(cp) == Character.FORMAT) {
                // left out
            } else if (cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append(substitute(cp));
            }
        });
        return out.toString();
    }

    private String substitute(int cp) {
        String similar = switch (cp) {
            case '⟨' -> "<";
            case '⟩' -> ">";
            case '≪' -> "≤";
            case '≫' -> "≥";
            case '−' -> "-";
            case 'ₙ' -> "n";
            case 'ₓ' -> "x";
            case '₋' -> "-";
            default -> cp >= '₀' && cp <= '₉' ? String.valueOf((char) ('0' + cp - '₀')) : "?";
        };
        return similar.codePoints().allMatch(c -> cmap.getGlyphId(c) > 0) ? similar : "?";
    }

    private void write(String text, float x, float baseline, float size, boolean bold) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(Color.BLACK);
        if (bold) {
            // The font has no bold face: stroke the outlines as well, as printers do for Chinese headings.
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setStrokingColor(Color.BLACK);
            content.setLineWidth(size * 0.035f);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        if (watermark != null) {
            drawWatermark();
        }
        y = PAGE.getHeight() - MARGIN;
    }

    /** A large, light, diagonal word across the page, under the text. */
    private void drawWatermark() throws IOException {
        PDExtendedGraphicsState light = new PDExtendedGraphicsState();
        light.setNonStrokingAlphaConstant(0.12f);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(light);
        content.setNonStrokingColor(new Color(0xB0, 0x00, 0x00));
        float size = 140;
        String text = sanitize(watermark);
        float w = textWidth(text, size);
        content.beginText();
        content.setFont(font, size);
        Matrix matrix = Matrix.getRotateInstance(Math.toRadians(45), PAGE.getWidth() / 2, PAGE.getHeight() / 2);
        matrix.translate(-w / 2, -size / 3);
        content.setTextMatrix(matrix);
        content.showText(text);
        content.endText();
        content.restoreGraphicsState();
    }
}
