package ecopark.signature.service;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Checks a detached CMS signature over the signed bytes, in two separate answers: whether the signature over the
 * signed attributes verifies with the signer's certificate (mathematically valid), and whether the message-digest
 * attribute still matches the bytes (unchanged). BouncyCastle's own verify stops at the first failure, so a changed
 * file would not say whether its signature was ever valid.
 */
final class CmsCheck {

    /** {@code certificate} is null when the CMS names no certificate it carries. */
    record Result(boolean readable, X509Certificate certificate, boolean signatureValid, boolean digestMatches,
            boolean signingCertificateBound, boolean signingTimeAttribute) {
    }

    private static final Result UNREADABLE = new Result(false, null, false, false, false, false);

    private CmsCheck() {
    }

    static Result of(byte[] cms, byte[] signedContent) {
        if (cms == null || cms.length == 0) {
            return UNREADABLE;
        }
        try {
            CMSSignedData data = signedData(cms, signedContent);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return UNREADABLE;
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new Result(true, null, false, false, false, false);
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder().build(holder);
            AttributeTable attributes = signer.getSignedAttributes();
            if (attributes == null) {
                // No signed attributes (not PAdES): the signature is over the content itself.
                boolean valid = verifyQuietly(signer, verifier);
                return new Result(true, certificate, valid, valid, false, false);
            }
            boolean digestMatches = digestMatches(signer, attributes, signedContent);
            ContentVerifier contentVerifier = verifier.getContentVerifier(signer.toASN1Structure().getDigestEncryptionAlgorithm(),
                    signer.getDigestAlgorithmID());
            try (OutputStream out = contentVerifier.getOutputStream()) {
                out.write(signer.getEncodedSignedAttributes());
            }
            boolean signatureValid = contentVerifier.verify(signer.getSignature());
            return new Result(true, certificate, signatureValid, digestMatches,
                    bound(attributes, holder), attributes.get(CMSAttributes.signingTime) != null);
        } catch (CMSException | CertificateException | OperatorCreationException | IOException
                | RuntimeException e) {
            return UNREADABLE;
        }
    }

    /**
     * The SignedData at the start of a signature's /Contents: the reserved space after it is zero padding, which
     * BouncyCastle's byte-array constructor refuses as extra data, so only the first DER object is read.
     */
    static CMSSignedData signedData(byte[] cms, byte[] signedContent) throws IOException, CMSException {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            return new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    ContentInfo.getInstance(in.readObject()));
        }
    }

    private static boolean digestMatches(SignerInformation signer, AttributeTable attributes, byte[] content)
            throws OperatorCreationException, IOException {
        Attribute messageDigest = attributes.get(CMSAttributes.messageDigest);
        if (messageDigest == null) {
            return false;
        }
        byte[] expected = ASN1OctetString.getInstance(messageDigest.getAttrValues().getObjectAt(0)).getOctets();
        DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(signer.getDigestAlgorithmID());
        try (OutputStream out = digest.getOutputStream()) {
            out.write(content);
        }
        return MessageDigest.isEqual(expected, digest.getDigest());
    }

    /** signing-certificate-v2 names this certificate by its SHA-256 hash (the only hash this product accepts). */
    private static boolean bound(AttributeTable attributes, X509CertificateHolder certificate) throws IOException {
        Attribute attribute = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0 || !NISTObjectIdentifiers.id_sha256.equals(ids[0].getHashAlgorithm().getAlgorithm())) {
            return false;
        }
        return MessageDigest.isEqual(ids[0].getCertHash(), Certificates.sha256(certificate.getEncoded()));
    }

    private static boolean verifyQuietly(SignerInformation signer, SignerInformationVerifier verifier) {
        try {
            return signer.verify(verifier);
        } catch (CMSException e) {
            return false;
        }
    }
}
