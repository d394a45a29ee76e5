package ecopark.search.service;

import ecopark.park.domain.ParkStatus;
import java.time.Instant;
import java.util.List;

/**
 * One published form that matched, with the passages where the words were found. A passage's {@code html} is the
 * form's text escaped for HTML, the matched words in {@code <mark>}: it may be written into a page as it is.
 */
public record FormHit(long publicationId, long parkId, String parkName, int year, String province,
        String jurisdictionName, ParkStatus parkStatus, boolean current, Instant publishedAt, List<Passage> passages) {

    /**
     * @param part the field that matched ({@code parkName}, {@code basics}, {@code narrative_MAIN_WORK}, {@code
     *        indicators}, ...)
     * @param anchor the element id of that part on the public form page
     */
    public record Passage(String part, String anchor, String html) {
    }

    /** The public page of the form, at the part where the first passage was found. */
    public String link() {
        String base = "/public/forms/" + publicationId;
        return passages.isEmpty() ? base : base + "#" + passages.get(0).anchor();
    }
}
