package ecopark.publication.web;

import ecopark.base.i18n.TranslationProvider;
import ecopark.park.domain.ParkStatus;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.service.FilterOptions;
import ecopark.publication.service.PublicFormFilter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list of published forms as its page shows it: the filters as the reader set them (a value that is not one of
 * them is named and ignored, never an error page), one page of forms and the links to the pages beside it.
 */
record FormListPage(Selection selection, FilterOptions options, List<Option> statuses, List<Item> items, long total,
        int page, int pages, String previousUrl, String nextUrl, List<String> problems) {

    /** The filters as given in the address, each kept as text so the form shows what was asked. */
    record Selection(String year, String province, String jurisdiction, String park, String status,
            boolean superseded) {
    }

    record Option(String value, String label) {
    }

    /** One published form in the list. */
    record Item(long id, int year, String parkName, String province, String jurisdiction, String status,
            String published, boolean current) {
    }

    /** The filter the selection asks for; each value that cannot be read is left out and named in problems. */
    static PublicFormFilter filter(Selection s, List<String> problems, Locale locale) {
        Integer year = number(s.year(), "publication.filter.year", problems, locale, Integer::valueOf);
        Long jurisdiction = number(s.jurisdiction(), "publication.filter.jurisdiction", problems, locale,
                Long::valueOf);
        Long park = number(s.park(), "publication.filter.park", problems, locale, Long::valueOf);
        ParkStatus status = null;
        if (present(s.status())) {
            try {
                status = ParkStatus.valueOf(s.status().strip());
            } catch (IllegalArgumentException e) {
                problems.add(problem("publication.filter.status", s.status(), locale));
            }
        }
        return new PublicFormFilter(year, present(s.province()) ? s.province().strip() : null, jurisdiction, park,
                status, s.superseded());
    }

    static FormListPage of(Selection selection, FilterOptions options, Page<PublicationListing> found,
            List<String> problems, String address, Locale locale, ZoneId zone) {
        List<Option> statuses = new ArrayList<>();
        for (ParkStatus status : ParkStatus.values()) {
            statuses.add(new Option(status.name(), TranslationProvider.translate(locale, status.labelKey())));
        }
        List<Item> items = found.getContent().stream().map(p -> new Item(p.id(), p.year(), p.parkName(),
                p.province(), p.jurisdictionName(),
                p.parkStatus() == null ? "" : TranslationProvider.translate(locale, p.parkStatus().labelKey()),
                FormPage.date(p, zone), p.isCurrent())).toList();
        int page = found.getNumber() + 1;
        int pages = Math.max(1, found.getTotalPages());
        return new FormListPage(selection, options, statuses, items, found.getTotalElements(), page, pages,
                page > 1 ? pageUrl(address, page - 1) : null, page < pages ? pageUrl(address, page + 1) : null,
                List.copyOf(problems));
    }

    private static String pageUrl(String address, int page) {
        return UriComponentsBuilder.fromUriString(address).replaceQueryParam("page", page).build().toUriString();
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static <T> T number(String value, String labelKey, List<String> problems, Locale locale,
            Function<String, T> parse) {
        if (!present(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            problems.add(problem(labelKey, value, locale));
            return null;
        }
    }

    private static String problem(String labelKey, String value, Locale locale) {
        return TranslationProvider.translate(locale, "portal.list.badFilter",
                TranslationProvider.translate(locale, labelKey), value);
    }
}
