package ecopark.search.web;

import ecopark.base.i18n.TranslationProvider;
import ecopark.park.domain.ParkStatus;
import ecopark.publication.service.FilterOptions;
import ecopark.search.domain.FormIndex;
import ecopark.search.service.FormHit;
import ecopark.search.service.FormQuery;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/** What the search page shows: the form as the reader filled it, one page of results, and the pages beside it. */
record SearchPage(SearchSelection selection, FilterOptions options, List<Option> statuses, List<Option> parkStatuses,
        List<Option> indicators, List<Result> results, long total, int page, int pages, String previousUrl,
        String nextUrl, List<String> problems, boolean searched) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** A choice of a filter: the parameter's value and its label. */
    record Option(String value, String label) {
    }

    /** One form found: its link (at the matched part), what it is, and the passages with the words marked. */
    record Result(String link, String parkName, int year, String meta, boolean current, List<Passage> passages) {
    }

    /** {@code html} is escaped by the index's highlighter: only its {@code <mark>} tags are markup. */
    record Passage(String label, String link, String html) {
    }

    static SearchPage of(SearchSelection selection, FilterOptions options, List<Option> indicators,
            Page<FormHit> found, List<String> problems, String address, Locale locale) {
        List<Option> statuses = Arrays.stream(FormQuery.FormStatus.values())
                .map(s -> new Option(s.name(), TranslationProvider.translate(locale, "search.status." + s.name())))
                .toList();
        List<Option> parkStatuses = Arrays.stream(ParkStatus.values())
                .map(s -> new Option(s.name(), SearchPageController.label(s, locale))).toList();
        List<Result> results = found.getContent().stream().map(hit -> result(hit, locale)).toList();
        int page = found.getNumber() + 1;
        int pages = Math.max(1, found.getTotalPages());
        return new SearchPage(selection, options, statuses, parkStatuses, indicators, results,
                found.getTotalElements(), page, pages, page > 1 ? pageUrl(address, page - 1) : null,
                page < pages ? pageUrl(address, page + 1) : null, problems, selection.hasText());
    }

    private static Result result(FormHit hit, Locale locale) {
        StringBuilder meta = new StringBuilder();
        if (hit.province() != null) {
            meta.append(hit.province());
        }
        if (hit.jurisdictionName() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(hit.jurisdictionName());
        }
        if (hit.parkStatus() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(SearchPageController.label(hit.parkStatus(), locale));
        }
        if (hit.publishedAt() != null) {
            meta.append(meta.isEmpty() ? "" : " · ")
                    .append(TranslationProvider.translate(locale, "search.published", DATE.format(hit.publishedAt())));
        }
        String base = "/public/forms/" + hit.publicationId();
        List<Passage> passages = hit.passages().stream()
                .map(p -> new Passage(partLabel(p.part(), locale), base + "#" + p.anchor(), p.html())).toList();
        return new Result(hit.link(), hit.parkName(), hit.year(), meta.toString(), hit.current(), passages);
    }

    private static String partLabel(String part, Locale locale) {
        if (part.startsWith("narrative_")) {
            return TranslationProvider.translate(locale, "report.section." + part.substring("narrative_".length()));
        }
        return TranslationProvider.translate(locale, switch (part) {
            case FormIndex.PARK_NAME -> "search.part.parkName";
            case FormIndex.BASICS -> "search.part.basics";
            default -> "search.part.indicators";
        });
    }

    private static String pageUrl(String address, int page) {
        return UriComponentsBuilder.fromUriString(address).replaceQueryParam("page", page).build().toUriString();
    }
}
