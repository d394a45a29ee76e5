package ecopark.search.web;

import ecopark.base.i18n.TranslationProvider;
import ecopark.park.domain.ParkStatus;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.service.FilterOptions;
import ecopark.publication.service.PublicFormFilter;
import ecopark.publication.service.PublicForms;
import ecopark.search.service.FormHit;
import ecopark.search.service.FormQuery;
import ecopark.search.service.FormSearch;
import ecopark.search.service.InvalidFormQueryException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page, server-rendered and stateless like the rest of the portal. A value of a filter that cannot
 * be read is named on the page and left out, never an error page; a blank query shows the empty search form.
 */
@Controller
class SearchPageController {

    static final int PAGE_SIZE = 10;

    private final FormSearch search;
    private final PublicForms forms;

    SearchPageController(FormSearch search, PublicForms forms) {
        this.search = search;
        this.forms = forms;
    }

    @GetMapping("/public/search")
    String page(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request, Locale locale,
            Model model) {
        List<String> problems = new ArrayList<>();
        SearchSelection selection = SearchSelection.of(parameters);
        FormQuery query = selection.query(problems, locale);
        Page<FormHit> found = Page.empty();
        if (selection.hasText()) {
            int page = selection.pageIndex(problems, locale);
            try {
                found = search.search(query, PageRequest.of(page, PAGE_SIZE));
            } catch (InvalidFormQueryException e) {
                problems.add(TranslationProvider.translate(locale, e.messageKey(), e.args()));
            }
        }
        FilterOptions options = forms.filterOptions();
        model.addAttribute("search", SearchPage.of(selection, options, indicators(locale), found, problems,
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                locale));
        return "public/search";
    }

    /** The indicator rows of the newest published form: the choices of the 达标 / 未达标 filters. */
    private List<SearchPage.Option> indicators(Locale locale) {
        Page<PublicationListing> newest = forms.search(PublicFormFilter.all(), PageRequest.of(0, 1));
        if (newest.isEmpty()) {
            return List.of();
        }
        return forms.form(newest.getContent().get(0).id()).form().rows().stream()
                .map(row -> new SearchPage.Option(row.code(), row.code() + " " + row.name().in(locale)))
                .toList();
    }

    static String label(ParkStatus status, Locale locale) {
        return TranslationProvider.translate(locale, status.labelKey());
    }
}
