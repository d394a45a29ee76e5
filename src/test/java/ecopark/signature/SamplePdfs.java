package ecopark.signature;

import ecopark.park.domain.Jurisdiction;
import ecopark.park.service.ParkAdminService;
import ecopark.security.SystemActor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs for the signature tests: one page whose text stands uncompressed in the file, so a test can change it. */
public final class SamplePdfs {

    public static final String TEXT = "Package of the province for the national office";

    private SamplePdfs() {
    }

    public static byte[] onePage() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(TEXT);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo jurisdiction by name (the demo data's), as the system sees it. */
    public static long jurisdiction(ParkAdminService parks, String name) {
        return SystemActor.call(() -> parks.allJurisdictions().stream().filter(j -> j.getName().equals(name))
                .map(Jurisdiction::getId).findFirst().orElseThrow());
    }

    /** The index of the first occurrence of the ASCII text in the bytes, or -1. */
    public static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
