package ecopark.signature.web;

import ecopark.base.i18n.TranslationProvider;
import ecopark.signature.service.CertificateSummary;
import ecopark.signature.service.FoundSignature;
import ecopark.signature.service.VerificationResult;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the verification page shows: the form (where it posts, the size limit, a problem with the file next to the
 * field) and, after a check, the file and each signature with its verdict and the checks behind it, in the reader's
 * language and Beijing time.
 */
record VerifyPage(String action, int maxMegabytes, String problem, String fileName, FileFacts file,
        List<SignatureView> signatures) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** The checked file: its name as sent, size, SHA-256, and whether it is signed or encrypted. */
    record FileFacts(String size, String sha256, boolean signed, boolean encrypted) {
    }

    /** One signature: a verdict (its CSS class and sentence), who and when, the certificate, the checks. */
    record SignatureView(int number, String verdictClass, String verdict, String signer, String organisation,
            String knownSigner, boolean knownJurisdiction, boolean testCertificate, String signingTime,
            String format, String serialNumber, String fingerprint, String issuer, String validity, String reason,
            String location, String contactInfo, List<Check> checks) {
    }

    /** A check passed or failed, said in words (not colour alone). */
    record Check(boolean ok, String text) {
    }

    static VerifyPage form(String action, int maxMegabytes, String problem, String fileName) {
        return new VerifyPage(action, maxMegabytes, problem, fileName, null, List.of());
    }

    static VerifyPage checked(String action, int maxMegabytes, String fileName, VerificationResult result,
            Locale locale, ZoneId zone) {
        List<SignatureView> views = result.signatures().stream().map(s -> view(s, locale, zone)).toList();
        return new VerifyPage(action, maxMegabytes, null, fileName, new FileFacts(size(result.size()),
                result.sha256(), result.signed(), result.encrypted()), views);
    }

    public boolean checkedFile() {
        return file != null;
    }

    private static SignatureView view(FoundSignature s, Locale locale, ZoneId zone) {
        CertificateSummary c = s.certificate();
        String verdictKey = switch (s.verdict()) {
            case VALID -> "signature.verdict.valid";
            case CHANGED_AFTER_SIGNING -> "signature.verdict.changedAfter";
            case INVALID -> "signature.verdict.invalid";
        };
        String known;
        FoundSignature.KnownSigner k = s.knownSigner();
        if (k == null) {
            known = t(locale, "signature.signer.unknown");
        } else if (k.current()) {
            known = t(locale, "signature.signer.known", k.jurisdictionName());
        } else {
            known = t(locale, "signature.signer.knownReplaced", k.jurisdictionName(),
                    k.replacedAt() == null ? "" : DAY.format(k.replacedAt().atZone(zone)));
        }
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(s.signatureValid(), t(locale, s.signatureValid() ? "signature.check.signatureValid"
                : "signature.check.signatureInvalid")));
        checks.add(new Check(s.digestMatches() && s.byteRangeValid(), t(locale, s.digestMatches()
                && s.byteRangeValid() ? "signature.check.unchanged" : "signature.check.changed")));
        checks.add(new Check(s.coversWholeFile(), s.coversWholeFile() ? t(locale, "signature.check.wholeFile")
                : s.bytesAfter() > 0 ? t(locale, "signature.check.appended", s.bytesAfter())
                : t(locale, "signature.check.rangeUnreadable")));
        if (c != null) {
            checks.add(new Check(s.certificateValidAtSigningTime(), t(locale, s.certificateValidAtSigningTime()
                    ? "signature.check.certificateValidThen" : "signature.check.certificateNotValidThen")));
        }
        String format = s.pades() ? t(locale, "signature.format.pades")
                : t(locale, "signature.format.other", s.subFilter() == null ? "-" : s.subFilter());
        return new SignatureView(s.number(), "verdict-" + s.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                t(locale, verdictKey), c == null ? t(locale, "signature.signer.none") : c.commonName(),
                c == null ? null : c.organisation(), known, k != null, c != null && c.testCertificate(),
                s.signingTime() == null ? t(locale, "signature.time.none") : when(s.signingTime(), zone), format,
                c == null ? null : c.serialNumber(), c == null ? null : c.fingerprint(),
                c == null ? null : c.issuer(),
                c == null ? null : DAY.format(c.notBefore().atZone(zone)) + " – " + DAY.format(c.notAfter()
                        .atZone(zone)), s.reason(), s.location(), s.contactInfo(), checks);
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String t(Locale locale, String key, Object... args) {
        return TranslationProvider.translate(locale, key, args);
    }
}
