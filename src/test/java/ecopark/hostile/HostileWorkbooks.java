package ecopark.hostile;

import ecopark.base.filestore.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Hostile and malformed workbooks, each made from a real one of the importer under test: a zip bomb whose sheet
 * inflates to gigabytes in a file of a few megabytes, a million rows, 16 384 columns, formulas (with and without a
 * cached result, external references, a DDE command), a Word document renamed .xlsx, random bytes, a truncated file,
 * a password-protected workbook, the old binary .xls, "billion laughs" entity expansion, 32 767-character cells and
 * invisible control characters. Sheet parts are rewritten as XML text, so formulas POI would never write (DDE) can
 * be placed too.
 */
public final class HostileWorkbooks {

    /** Excel's largest row count and column count, and the most characters a cell may hold. */
    public static final int EXCEL_ROWS = 1_048_576;
    public static final int EXCEL_COLUMNS = 16_384;
    public static final int EXCEL_CELL_CHARS = 32_767;

    private HostileWorkbooks() {
    }

    /** The entries of a ZIP archive, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A ZIP of these entries; an entry given as a {@link Part} is written by streaming (for huge parts). */
    public static byte[] zip(Map<String, ?> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, ?> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getValue() instanceof Part part) {
                    part.write(zip);
                } else {
                    zip.write((byte[]) e.getValue());
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part written by streaming. */
    @FunctionalInterface
    public interface Part {
        void write(OutputStream out) throws IOException;
    }

    /** The workbook with one sheet part's XML rewritten (e.g. "xl/worksheets/sheet2.xml"). */
    public static byte[] withSheetXml(byte[] workbook, String part, java.util.function.UnaryOperator<String> edit) {
        Map<String, Object> entries = new LinkedHashMap<>(entries(workbook));
        String xml = new String((byte[]) entries.get(part), StandardCharsets.UTF_8);
        entries.put(part, edit.apply(xml).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** The workbook with a sheet part replaced by a streamed one. */
    public static byte[] withSheetPart(byte[] workbook, String part, Part replacement) {
        Map<String, Object> entries = new LinkedHashMap<>(entries(workbook));
        entries.put(part, replacement);
        return zip(entries);
    }

    /**
     * A workbook whose sheet part inflates to {@code gigabytes} GB of rows while the file stays small: the deflate
     * stream of one block of rows, flushed so that it stands alone, is repeated (deflating gigabytes in a test would
     * take too long), and the ZIP is written by hand around it.
     */
    public static byte[] gigabyteSheet(byte[] workbook, String part, int gigabytes) {
        byte[] block = "<row><c t=\"inlineStr\"><is><t>0</t></is></c></row>".repeat(1 << 14)
                .getBytes(StandardCharsets.US_ASCII);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(block);
        byte[] buffer = new byte[block.length];
        int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        byte[] deflatedBlock = Arrays.copyOf(buffer, n);
        deflater.end();
        long repeats = (long) gigabytes * (1L << 30) / block.length;
        Deflater finisher = new Deflater(Deflater.BEST_COMPRESSION, true);
        finisher.finish();
        n = finisher.deflate(buffer);
        byte[] end = Arrays.copyOf(buffer, n);
        finisher.end();
        CRC32 crc = new CRC32();
        for (long i = 0; i < repeats; i++) {
            crc.update(block);
        }
        long size = repeats * block.length;
        if (size >= 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("at most 3 GB without ZIP64");
        }
        Map<String, byte[]> others = entries(workbook);
        others.remove(part);
        byte[] rest = zip(others);
        // The other parts first (a ZIP of its own), then the bomb appended as one more entry by hand.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, byte[]> restEntries = entries(rest);
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        int count = 0;
        for (Map.Entry<String, byte[]> e : restEntries.entrySet()) {
            byte[] data = e.getValue();
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            while (!d.finished()) {
                deflated.write(b, 0, d.deflate(b));
            }
            d.end();
            CRC32 c = new CRC32();
            c.update(data);
            entry(out, central, e.getKey(), c.getValue(), deflated.toByteArray().length, data.length,
                    o -> o.writeBytes(deflated.toByteArray()));
            count++;
        }
        long compressed = repeats * deflatedBlock.length + end.length;
        entry(out, central, part, crc.getValue(), compressed, size, o -> {
            for (long i = 0; i < repeats; i++) {
                o.writeBytes(deflatedBlock);
            }
            o.writeBytes(end);
        });
        count++;
        int centralStart = out.size();
        out.writeBytes(central.toByteArray());
        ByteArrayOutputStream eocd = new ByteArrayOutputStream();
        le32(eocd, 0x06054b50);
        le16(eocd, 0);
        le16(eocd, 0);
        le16(eocd, count);
        le16(eocd, count);
        le32(eocd, central.size());
        le32(eocd, centralStart);
        le16(eocd, 0);
        out.writeBytes(eocd.toByteArray());
        return out.toByteArray();
    }

    private static void entry(ByteArrayOutputStream out, ByteArrayOutputStream central, String name, long crc,
            long compressed, long size, Consumer<ByteArrayOutputStream> data) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int offset = out.size();
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0x0800);
        le16(out, 8);
        le16(out, 0);
        le16(out, 0x21);
        le32(out, crc);
        le32(out, compressed);
        le32(out, size);
        le16(out, nameBytes.length);
        le16(out, 0);
        out.writeBytes(nameBytes);
        data.accept(out);
        le32(central, 0x02014b50);
        le16(central, 20);
        le16(central, 20);
        le16(central, 0x0800);
        le16(central, 8);
        le16(central, 0);
        le16(central, 0x21);
        le32(central, crc);
        le32(central, compressed);
        le32(central, size);
        le16(central, nameBytes.length);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le32(central, 0);
        le32(central, offset);
        central.writeBytes(nameBytes);
    }

    private static void le16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private static void le32(ByteArrayOutputStream out, long v) {
        le16(out, (int) (v & 0xFFFF));
        le16(out, (int) ((v >>> 16) & 0xFFFF));
    }

    /** A sheet part of {@code rows} rows, each with one number: small compressed, big unpacked. */
    public static Part rows(int rows) {
        return out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.US_ASCII));
            StringBuilder chunk = new StringBuilder();
            for (int r = 1; r <= rows; r++) {
                chunk.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                        .append(r).append("</v></c></row>");
                if (chunk.length() > 1 << 16) {
                    out.write(chunk.toString().getBytes(StandardCharsets.US_ASCII));
                    chunk.setLength(0);
                }
            }
            out.write(chunk.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.US_ASCII));
        };
    }

    /** One row of {@code columns} numeric cells (A1 … XFD1 for Excel's maximum). */
    public static Part wideRow(int columns) {
        return out -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\">");
            for (int c = 0; c < columns; c++) {
                xml.append("<c r=\"").append(columnName(c)).append("1\"><v>").append(c).append("</v></c>");
            }
            out.write(xml.append("</row></sheetData></worksheet>").toString().getBytes(StandardCharsets.US_ASCII));
        };
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /**
     * Sheet XML with a DOCTYPE whose entities expand ten to the ninth power times ("billion laughs"), used in a cell.
     */
    public static String billionLaughs(String sheetXml) {
        String doctype = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
        String withDoctype = sheetXml.replaceFirst("(<\\?xml[^>]*\\?>)", "$1" + doctype.replace("$", "\\$"));
        return withDoctype.replaceFirst("<sheetData>", "<sheetData><row r=\"1000\"><c r=\"A1000\" t=\"inlineStr\">"
                + "<is><t>&lol9;</t></is></c></row>");
    }

    /** The first half of the file, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /** Bytes of a fixed seed, starting like nothing in particular. */
    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(14).nextBytes(bytes);
        bytes[0] = 'x';
        return bytes;
    }

    /** The workbook protected by a password, as Excel saves it (an OLE2 container with the encrypted package). */
    public static byte[] encrypted(byte[] workbook) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("园区2026");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(workbook);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Excel 97–2003 workbook (.xls). */
    public static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("旧格式");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document renamed .xlsx. */
    public static byte[] docx() {
        return SampleFiles.docx("一份 Word 文档，改名为 .xlsx");
    }
}
