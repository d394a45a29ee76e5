package ecopark.publication.web;

import ecopark.notice.service.ProgrammeNames;
import ecopark.base.portal.PortalPreferences;
import ecopark.base.portal.PortalVersion;
import ecopark.publication.document.FormTexts;
import ecopark.publication.service.FormFreshness;
import ecopark.publication.service.PublicForm;
import ecopark.publication.service.PublicFormFilter;
import ecopark.publication.service.PublicForms;
import ecopark.publication.service.PublicationNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The published disclosure forms for everyone, as plain server-rendered pages at their long-standing addresses:
 * {@code /public/forms} (the filtered list, page by page) and {@code /public/forms/{id}} (one whole form). No session,
 * no JavaScript needed. A published form never changes (a correction is a new publication that supersedes it), so
 * its page carries an ETag and Last-Modified and is answered with 304 when unchanged; the list changes with every
 * publication and is kept by caches for a minute only.
 */
@Controller
@RequestMapping("/public")
class PublicFormPages {

    static final int PAGE_SIZE = 20;
    static final CacheControl LIST_CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    static final CacheControl FORM_CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private final PublicForms forms;
    private final PortalVersion version;
    private final Clock clock;
    private final RenderedFormPages rendered;

    private final ProgrammeNames programmes;

    PublicFormPages(PublicForms forms, PortalVersion version, Clock clock, RenderedFormPages rendered,
            ProgrammeNames programmes) {
        this.programmes = programmes;
        this.forms = forms;
        this.version = version;
        this.clock = clock;
        this.rendered = rendered;
    }

    /** {@code /public} was the list's other address in the Vaadin portal; it stays one. */
    @GetMapping({"", "/"})
    String home() {
        return "redirect:/public/forms";
    }

    @GetMapping("/forms")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String province,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String park,
            @RequestParam(required = false) String status, @RequestParam(required = false) String superseded,
            @RequestParam(required = false) String page, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        FormListPage.Selection selection = new FormListPage.Selection(year, province, jurisdiction, park, status,
                "true".equals(superseded) || "on".equals(superseded));
        List<String> problems = new ArrayList<>();
        PublicFormFilter filter = FormListPage.filter(selection, problems, locale);
        int number = pageNumber(page);
        Page<ecopark.publication.domain.PublicationListing> found = forms.search(filter,
                PageRequest.of(number - 1, PAGE_SIZE));
        String address = request.getRequestURI() + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString());
        model.addAttribute("list", FormListPage.of(selection, forms.filterOptions(), found, problems, address, locale,
                clock.getZone()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, LIST_CACHE.getHeaderValue());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        return "public/forms";
    }

    @GetMapping("/forms/{id}")
    String form(@PathVariable String id, ServletWebRequest web, HttpServletResponse response, Model model,
            Locale locale) throws IOException {
        long publicationId = publicationId(id);
        FormFreshness freshness = forms.freshness(publicationId);
        response.setHeader(HttpHeaders.CACHE_CONTROL, FORM_CACHE.getHeaderValue());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        String etag = etag(freshness, web.getRequest());
        if (web.checkNotModified(etag, freshness.lastModified().toEpochMilli())) {
            return null;
        }
        Optional<RenderedFormPages.RenderedPage> kept = RenderedFormPages.keepable(web.getRequest())
                ? rendered.find(etag) : Optional.empty();
        if (kept.isPresent()) {
            response.setContentType(kept.get().contentType());
            response.setContentLength(kept.get().body().length);
            response.getOutputStream().write(kept.get().body());
            return null;
        }
        PublicForm published = forms.form(publicationId);
        model.addAttribute("form", FormPage.of(published, forms.versions(publicationId),
                forms.yearOverYear(published.publication().parkId()), new FormTexts(locale),
                programmes.forReportYear(published.form().year()), clock.getZone()));
        return "public/form";
    }

    /**
     * The page's validator: the form, the correction that superseded it, the park's newest publication (its other
     * years), the reader's language and reading modes (the page differs with them) and the portal's release.
     */
    String etag(FormFreshness freshness, HttpServletRequest request) {
        PortalPreferences preferences = PortalPreferences.of(request);
        String key = freshness.publicationId() + "/" + freshness.supersededBy() + "/" + freshness.parkLatestId() + "/"
                + preferences.locale().toLanguageTag() + "/" + preferences.modesValue() + "/" + version.value();
        return "W/\"" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "\"";
    }

    /** A form's number as written in its address; anything else is a form that does not exist. */
    private static long publicationId(String id) {
        try {
            long value = Long.parseLong(id.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Not a number: no such form.
        }
        throw new PublicationNotFoundException(-1);
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
