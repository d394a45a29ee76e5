package ecopark.base.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK font the documents embed: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0 or GPLv3 with the font exception),
 * shipped in {@code src/main/resources/fonts/} because a fresh server has no Chinese font. The collection is read once;
 * each document opens its own font from it, since PDFBox keeps the font open until the document is saved.
 */
final class CjkFont {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    static final String NAME = "WenQuanYiMicroHei";

    private static final byte[] COLLECTION = read();

    private CjkFont() {
    }

    /** A font and the collection it lives in; close the collection after the document is saved. */
    record Opened(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            collection.close();
        }
    }

    static Opened open() throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(COLLECTION));
        TrueTypeFont font = collection.getFontByName(NAME);
        if (font == null) {
            collection.close();
            throw new IllegalStateException("Font " + NAME + " missing in " + RESOURCE);
        }
        return new Opened(collection, font);
    }

    private static byte[] read() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
