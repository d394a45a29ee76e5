package ecopark.opendata.ui;

import ecopark.base.i18n.TranslationProvider;
import ecopark.opendata.api.CatalogueApi;
import ecopark.opendata.service.OpenIndicators;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The open data page of the public portal ({@code /public/data}): what can be downloaded, in which formats, at which
 * addresses, and what every column means — the human side of {@code /api/public/catalogue}, from the same catalogue.
 * Stateless, server-rendered, readable without JavaScript.
 */
@Controller
class OpenDataPage {

    private final OpenIndicators indicators;

    OpenDataPage(OpenIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/public/data")
    String data(Model model, Locale locale, HttpServletResponse response) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        model.addAttribute("catalogue", CatalogueApi.build(base, indicators));
        model.addAttribute("title", TranslationProvider.translate(locale, "opendata.page.title") + " · "
                + TranslationProvider.translate(locale, "publication.public.brand"));
        // New forms appear in the catalogue when published: caches may keep the page a few minutes.
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
                .getHeaderValue());
        return "public/data";
    }
}
