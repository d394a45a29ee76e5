package ecopark.publication.web;

import ecopark.publication.domain.PublicationListing;
import ecopark.publication.service.PublicForms;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read: {@code robots.txt} (everything public may be crawled, the staff application not) pointing
 * to the sitemap, and the sitemap ({@code /public/sitemap.xml}, also at {@code /sitemap.xml}) listing the list page
 * and every published form's stable address with the day it last changed.
 */
@RestController
class PortalSitemap {

    private static final CacheControl ONE_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final PublicForms forms;
    private final Clock clock;

    PortalSitemap(PublicForms forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping(value = {"/public/sitemap.xml", "/sitemap.xml"}, produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + "/public/forms"))
                .append("</loc><changefreq>daily</changefreq></url>\n");
        List<PublicationListing> all = forms.all();
        for (PublicationListing form : all) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + "/public/forms/" + form.id()))
                    .append("</loc><lastmod>").append(LocalDate.ofInstant(form.publishedAt(), clock.getZone()))
                    .append("</lastmod>").append(form.isCurrent() ? "" : "<priority>0.3</priority>")
                    .append("</url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().cacheControl(ONE_HOUR).contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String text = """
                User-agent: *
                Allow: /public/
                Allow: /api/public/
                Allow: /webjars/
                Disallow: /

                Sitemap: %s/public/sitemap.xml
                """.formatted(base);
        return ResponseEntity.ok().cacheControl(ONE_HOUR).contentType(MediaType.TEXT_PLAIN).body(text);
    }
}
