package ecopark.signature.service;

import java.time.Instant;

/** Test keystores for tests outside this package (the admin view's): a PKCS#12 file and its password. */
public final class TestKeystores {

    private TestKeystores() {
    }

    public record Keystore(byte[] bytes, String password) {
    }

    public static Keystore issue(String jurisdictionName) {
        TestCertificates.TestKeystore test = TestCertificates.issue(jurisdictionName, Instant.now());
        return new Keystore(test.keystore(), test.password());
    }
}
