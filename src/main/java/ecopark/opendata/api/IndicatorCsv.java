package ecopark.opendata.api;

import ecopark.opendata.service.IndicatorColumn;
import ecopark.opendata.service.IndicatorRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Indicator rows as CSV (RFC 4180): UTF-8 with a byte order mark, so that spreadsheet programs open the Chinese
 * texts correctly; a header row with the column names of {@link IndicatorColumn}; lines ended by CRLF; a field quoted
 * when it holds a comma, a quote or a line break, its quotes doubled. Numbers are written exactly (no exponent),
 * booleans as {@code true}/{@code false}, an empty field for no value. Written as the rows come, never held.
 */
final class IndicatorCsv implements Consumer<IndicatorRecord> {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer out;

    IndicatorCsv(OutputStream stream) throws IOException {
        stream.write(BOM);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        IndicatorColumn[] columns = IndicatorColumn.values();
        for (int i = 0; i < columns.length; i++) {
            field(i, columns[i].key());
        }
        out.write("\r\n");
    }

    @Override
    public void accept(IndicatorRecord row) {
        try {
            IndicatorColumn[] columns = IndicatorColumn.values();
            for (int i = 0; i < columns.length; i++) {
                field(i, text(columns[i].valueOf(row)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void finish() throws IOException {
        out.flush();
    }

    private void field(int index, String text) throws IOException {
        if (index > 0) {
            out.write(',');
        }
        out.write(quoted(text));
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
