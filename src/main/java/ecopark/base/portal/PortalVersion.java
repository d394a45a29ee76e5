package ecopark.base.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * A fingerprint of what the portal's pages are made of besides the data: their templates, static files and the
 * translation bundles. Part of every page's ETag, so a release that changes how a page looks is not answered with
 * "304 not modified" from before it; the same on every node running the same release.
 */
@Component
public class PortalVersion {

    private static final String[] PATTERNS = {"classpath*:templates/public/**/*.html", "classpath*:static/public/**",
        "classpath*:i18n/*.properties"};

    private final String value;

    PortalVersion() {
        this.value = fingerprint();
    }

    /** Twelve hex digits of SHA-256 over the resources, in name order. */
    public String value() {
        return value;
    }

    private static String fingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : PATTERNS) {
                Resource[] resources = resolver.getResources(pattern);
                Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
                for (Resource resource : resources) {
                    if (!resource.isReadable()) {
                        continue;
                    }
                    sha256.update(String.valueOf(resource.getFilename()).getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        sha256.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the portal's resources", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
