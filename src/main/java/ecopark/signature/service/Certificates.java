package ecopark.signature.service;

import ecopark.signature.domain.SigningCredential.CertificateFacts;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509CertificateHolder;

/** What the product reads from a certificate: names, serial, fingerprint, validity and the test marker. */
final class Certificates {

    /**
     * The certificate policy of the product's test certificates: an OID under 2.25 (a UUID, ITU-T X.667, needing no
     * registration). A certificate carrying it is a test certificate whatever its names say.
     */
    static final ASN1ObjectIdentifier TEST_POLICY =
            new ASN1ObjectIdentifier("2.25.235776451067310996795402308745359679738");

    /** Words a certificate uses to call itself a test certificate (the demo's say both). */
    private static final String[] TEST_WORDS = {"测试证书", "test certificate"};

    private Certificates() {
    }

    static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate cannot be read", e);
        }
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A certificate cannot be encoded", e);
        }
    }

    /** SHA-256 of the certificate's DER encoding, 64 lower-case hex digits. */
    static String fingerprint(byte[] der) {
        return HexFormat.of().formatHex(sha256(der));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static CertificateFacts facts(X509Certificate certificate) {
        byte[] der = encoded(certificate);
        return new CertificateFacts(name(subject(certificate)), name(issuer(certificate)), serial(certificate),
                fingerprint(der), certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                isTest(certificate));
    }

    static X500Name subject(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    static X500Name issuer(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
    }

    /** A distinguished name as text, in the order the certificate lists it (CN=…,O=…,C=CN), Chinese unescaped. */
    static String name(X500Name name) {
        StringBuilder text = new StringBuilder();
        RDN[] rdns = name.getRDNs();
        for (int i = rdns.length - 1; i >= 0; i--) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            String label = BCStyle.INSTANCE.oidToDisplayName(rdns[i].getFirst().getType());
            text.append(label == null ? rdns[i].getFirst().getType().getId() : label).append('=')
                    .append(value(rdns[i]));
        }
        return text.toString();
    }

    /** The first value of the attribute (CN, O) in the name, or null. */
    static String attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : value(rdns[0]);
    }

    private static String value(RDN rdn) {
        return rdn.getFirst().getValue() instanceof ASN1String text ? text.getString()
                : rdn.getFirst().getValue().toString();
    }

    /** The serial number in upper-case hex. */
    static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    }

    /** Carries the test policy, or calls itself a test certificate in its subject. */
    static boolean isTest(X509Certificate certificate) {
        try {
            CertificatePolicies policies = CertificatePolicies.fromExtensions(
                    new X509CertificateHolder(encoded(certificate)).getExtensions());
            if (policies != null) {
                for (PolicyInformation policy : policies.getPolicyInformation()) {
                    if (TEST_POLICY.equals(policy.getPolicyIdentifier())) {
                        return true;
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // An unreadable policy extension marks nothing; the subject may still say it.
        }
        String subject = name(subject(certificate)).toLowerCase(Locale.ROOT);
        for (String word : TEST_WORDS) {
            if (subject.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean usableForSigning(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        // No key-usage extension: any use. Otherwise digitalSignature (0) or nonRepudiation (1).
        return usage == null || usage.length > 1 && (usage[0] || usage[1]);
    }
}
