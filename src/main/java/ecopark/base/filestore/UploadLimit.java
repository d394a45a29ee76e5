package ecopark.base.filestore;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The one upload limit ({@code ecopark.upload.max-megabytes}): the size every upload component announces and checks
 * in the browser, the file store and the imports refuse beyond, the messages quote, and the servlet container's
 * multipart limit is derived from. Without the last, Spring Boot's default of 1 MB answered every larger upload
 * with HTTP 413 before the application saw it.
 */
@Configuration(proxyBeanMethods = false)
public class UploadLimit {

    /** Room for the multipart framing (boundaries, part headers) around a file of the largest accepted size. */
    private static final DataSize FRAMING = DataSize.ofKilobytes(64);

    private final int megabytes;

    public UploadLimit(@Value("${ecopark.upload.max-megabytes:10}") int megabytes) {
        if (megabytes < 1) {
            throw new IllegalArgumentException("ecopark.upload.max-megabytes must be at least 1, not " + megabytes);
        }
        this.megabytes = megabytes;
    }

    /** The largest accepted file, in megabytes (MiB), as the messages quote it. */
    public int megabytes() {
        return megabytes;
    }

    /** The largest accepted file in bytes. */
    public long bytes() {
        return DataSize.ofMegabytes(megabytes).toBytes();
    }

    /** Whether a file of this many bytes is too large. */
    public boolean exceeds(long size) {
        return size > bytes();
    }

    /**
     * The servlet container's multipart limits (replacing Spring Boot's 1 MB default): a file of exactly the
     * accepted size with its framing passes, so the application's own checks and messages decide.
     */
    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(bytes() + FRAMING.toBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(bytes() + FRAMING.toBytes()));
        return factory.createMultipartConfig();
    }
}
