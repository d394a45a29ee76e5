package ecopark.signature.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed test certificates for the demo and the tests, marked as such three ways: the common name says
 * 测试证书，不具法律效力, the organisational unit says TEST CERTIFICATE, and the certificate carries the product's test
 * policy ({@link Certificates#TEST_POLICY}), which the verifier recognises. EC P-256 keys: quick to make.
 */
final class TestCertificates {

    static final Duration VALIDITY = Duration.ofDays(3 * 365);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A PKCS#12 keystore and its password, as an administrator would upload them. */
    record TestKeystore(byte[] keystore, String password) {
    }

    private TestCertificates() {
    }

    static TestKeystore issue(String jurisdictionName, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = certificate(jurisdictionName, pair, now);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(RANDOM.generateSeed(18));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return new TestKeystore(out.toByteArray(), password);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("A test certificate could not be made", e);
        }
    }

    static X500Name subject(String jurisdictionName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, jurisdictionName)
                .addRDN(BCStyle.OU, "生态工业园区年度评价系统演示 TEST CERTIFICATE")
                .addRDN(BCStyle.CN, jurisdictionName + "（测试证书，不具法律效力）")
                .build();
    }

    private static X509Certificate certificate(String jurisdictionName, KeyPair pair, Instant now)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        X500Name name = subject(jurisdictionName);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM).abs()
                .add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), name,
                pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(pair.getPublic()));
        PolicyQualifierInfo notice = new PolicyQualifierInfo("urn:ecopark:test-certificate:no-legal-effect");
        builder.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(
                new PolicyInformation(Certificates.TEST_POLICY, new DERSequence(notice))));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }
}
