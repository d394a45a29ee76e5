package ecopark.signature.service;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS SignedData of a PAdES baseline B-B signature (ETSI EN 319 142-1): detached, SHA-256, the signer's
 * certificates included, and exactly the signed attributes the profile asks for — content-type, message-digest and
 * signing-certificate-v2 (RFC 5035) binding the signer's certificate. No signing-time: B-B keeps the time in the
 * signature dictionary's /M.
 */
final class CmsSignatures {

    private CmsSignatures() {
    }

    /** The JCA signature algorithm for the key: SHA-256 with RSA (PKCS#1 v1.5) or ECDSA. */
    static String signatureAlgorithm(PrivateKey key) {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    /** The DER-encoded CMS SignedData over the content (the PDF's signed byte ranges). */
    static byte[] sign(byte[] content, PrivateKey key, List<X509Certificate> chain) {
        try {
            X509Certificate signer = chain.get(0);
            ContentSigner contentSigner = new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(signer))
                    .build(contentSigner, signer));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (OperatorCreationException | CMSException | IOException | java.security.cert.CertificateException e) {
            throw new IllegalStateException("The CMS signature could not be made", e);
        }
    }

    /** BouncyCastle's defaults (content-type, message-digest, algorithm protection) less signing-time, plus ESS. */
    private static CMSAttributeTableGenerator signedAttributes(X509Certificate signer) {
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(signingCertificateV2(signer)));
        AttributeTable base = new AttributeTable(new DERSet(signingCertificate));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(base);
        return parameters -> {
            Hashtable<ASN1ObjectIdentifier, Object> attributes = defaults.getAttributes(parameters).toHashtable();
            attributes.remove(CMSAttributes.signingTime);
            return new AttributeTable(attributes);
        };
    }

    /** ESSCertIDv2 with SHA-256 (the default, so no algorithm is written) and the certificate's issuer and serial. */
    static SigningCertificateV2 signingCertificateV2(X509Certificate certificate) {
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                Certificates.issuer(certificate))), certificate.getSerialNumber());
        byte[] hash = Certificates.sha256(Certificates.encoded(certificate));
        return new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuerSerial)});
    }
}
