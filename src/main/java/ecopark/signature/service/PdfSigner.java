package ecopark.signature.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.security.AccessPolicy;
import ecopark.security.CurrentUser;
import ecopark.security.ParkAction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Signs a PDF in a jurisdiction's name with its signing credential: PAdES baseline B-B (SubFilter
 * ETSI.CAdES.detached, the CMS of {@link CmsSignatures}, the signing time in the dictionary's /M), written as an
 * incremental update so the original bytes stay the signed file's prefix. An invisible signature: the package's
 * pages are not touched.
 * <p>
 * Who may sign in a jurisdiction's name: its own reviewers and managers (those acting for exactly that
 * jurisdiction) and the system actor (a process step, such as the package builder's). Administrators run the
 * keys but sign for nobody.
 */
@Service
public class PdfSigner {

    /** The PAdES SubFilter (ETSI EN 319 142-1). */
    public static final COSName PADES = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS besides its certificates: signer info, attributes, a 4096-bit RSA signature. */
    private static final int CMS_ROOM = 4096;

    private final CredentialKeys keys;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;

    PdfSigner(CredentialKeys keys, AccessPolicy access, CurrentUser currentUser, Clock clock) {
        this.keys = keys;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The PDF signed with the jurisdiction's credential. {@code reason}, {@code location} and {@code contact} go
     * into the signature dictionary (/Reason, /Location, /ContactInfo) as given; blank ones are left out.
     *
     * @throws BusinessRuleException {@code signature.error.noCredential} without a credential,
     *         {@code signature.error.notPdf} for bytes that are no PDF, {@code signature.error.encrypted} for an
     *         encrypted one
     */
    public byte[] sign(long jurisdictionId, byte[] pdfBytes, String reason, String location, String contact) {
        if (!access.mayForJurisdiction(ParkAction.READ, jurisdictionId)) {
            throw new AccessDeniedException(currentUser.require() + " may not sign for jurisdiction "
                    + jurisdictionId);
        }
        Keystores.Unlocked unlocked = keys.unlock(jurisdictionId);
        try (PDDocument document = load(pdfBytes); SignatureOptions options = new SignatureOptions()) {
            if (document.isEncrypted()) {
                throw new BusinessRuleException("signature.error.encrypted");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PADES);
            X509Certificate certificate = unlocked.certificate();
            signature.setName(Certificates.attribute(Certificates.subject(certificate), BCStyle.CN));
            setIfPresent(reason, signature::setReason);
            setIfPresent(location, signature::setLocation);
            setIfPresent(contact, signature::setContactInfo);
            signature.setSignDate(now());
            options.setPreferredSignatureSize(CMS_ROOM + unlocked.chain().stream()
                    .mapToInt(c -> Certificates.encoded(c).length).sum() * 2);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdfBytes.length + 16 * 1024);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] signedContent;
            try (InputStream content = external.getContent()) {
                signedContent = content.readAllBytes();
            }
            external.setSignature(CmsSignatures.sign(signedContent, unlocked.key(), unlocked.chain()));
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The signed PDF could not be written", e);
        }
    }

    private static PDDocument load(byte[] pdfBytes) {
        if (pdfBytes == null || !SignatureVerifier.looksLikePdf(pdfBytes)) {
            throw new BusinessRuleException("signature.error.notPdf");
        }
        try {
            return Loader.loadPDF(pdfBytes);
        } catch (IOException e) {
            throw new BusinessRuleException("signature.error.notPdf");
        }
    }

    /** Now, in the parks' time zone, so /M reads as Beijing time (+08'00'). */
    private Calendar now() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        calendar.setTimeInMillis(clock.millis());
        return calendar;
    }

    private static void setIfPresent(String value, java.util.function.Consumer<String> setter) {
        if (value != null && !value.isBlank()) {
            setter.accept(value.strip());
        }
    }
}
