package ecopark.publication.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Form pages as rendered, kept by their ETag: a published form's page changes only with what its ETag names (the form,
 * its supersession, the park's newest publication, language, reading modes, the portal's release), so the same tag is
 * the same bytes and a page is rendered once per node instead of on every full request (rendering the 32 rows with
 * their facts and the park's years costs about 40 ms of CPU; serving kept bytes about what the JSON form costs).
 * Only plain addresses are kept — a query (a language or mode link) sets a cookie and shapes the page's own links.
 * The least recently used page goes first beyond {@link #CAPACITY} (about 80 KB each).
 */
@Component
class RenderedFormPages extends OncePerRequestFilter {

    static final int CAPACITY = 64;
    private static final Pattern FORM_PAGE = Pattern.compile("/public/forms/\\d+");

    record RenderedPage(String contentType, byte[] body) {
    }

    private final Map<String, RenderedPage> pages = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RenderedPage> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The page rendered for this ETag, if this node has it. */
    Optional<RenderedPage> find(String etag) {
        synchronized (pages) {
            return Optional.ofNullable(pages.get(etag));
        }
    }

    /** Whether a request's page may be taken from, and kept in, this store. */
    static boolean keepable(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getQueryString() == null
                && FORM_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !keepable(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendered);
            String etag = rendered.getHeader(HttpHeaders.ETAG);
            if (rendered.getStatus() == HttpServletResponse.SC_OK && etag != null
                    && rendered.getHeader(HttpHeaders.SET_COOKIE) == null && rendered.getContentSize() > 0) {
                RenderedPage page = new RenderedPage(rendered.getContentType(), rendered.getContentAsByteArray());
                synchronized (pages) {
                    pages.putIfAbsent(etag, page);
                }
            }
        } finally {
            rendered.copyBodyToResponse();
        }
    }
}
