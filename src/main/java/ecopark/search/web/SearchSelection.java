package ecopark.search.web;

import ecopark.base.i18n.TranslationProvider;
import ecopark.park.domain.ParkStatus;
import ecopark.search.service.FormQuery;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * The search page's parameters as the reader sent them (the same names as {@code GET /api/public/search}), kept as
 * text so the form shows them back; {@link #query} reads them, naming each value it cannot read.
 */
record SearchSelection(String q, String year, String province, String jurisdiction, String park, String status,
        String parkStatus, List<String> met, List<String> unmet, String page) {

    static SearchSelection of(MultiValueMap<String, String> parameters) {
        return new SearchSelection(first(parameters, "q"), first(parameters, "year"), first(parameters, "province"),
                first(parameters, "jurisdiction"), first(parameters, "park"), first(parameters, "status"),
                first(parameters, "parkStatus"), all(parameters, "met"), all(parameters, "unmet"),
                first(parameters, "page"));
    }

    public boolean hasText() {
        return !q.isBlank();
    }

    FormQuery query(List<String> problems, Locale locale) {
        return new FormQuery(q, read("year", year, Integer::valueOf, problems, locale), province,
                read("jurisdiction", jurisdiction, Long::valueOf, problems, locale),
                read("park", park, Long::valueOf, problems, locale),
                read("status", status, FormQuery.FormStatus::valueOf, problems, locale),
                read("parkStatus", parkStatus, ParkStatus::valueOf, problems, locale), met, unmet);
    }

    /** The page index from the 1-based {@code page} parameter; the first page for anything unreadable. */
    int pageIndex(List<String> problems, Locale locale) {
        Integer number = read("page", page, Integer::valueOf, problems, locale);
        if (number != null && number < 1) {
            problems.add(TranslationProvider.translate(locale, "search.error.parameter", "page"));
            return 0;
        }
        return number == null ? 0 : number - 1;
    }

    public boolean metSelected(String code) {
        return met.contains(code);
    }

    public boolean unmetSelected(String code) {
        return unmet.contains(code);
    }

    private static <T> T read(String name, String value, Function<String, T> parser, List<String> problems,
            Locale locale) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(TranslationProvider.translate(locale, "search.error.parameter", name));
            return null;
        }
    }

    private static String first(MultiValueMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
