package ecopark.search.service;

import ecopark.publication.domain.Publication;
import ecopark.search.domain.FormIndex;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search across every published form, for everyone: open on purpose, as {@code PublicForms} is, because the index
 * holds nothing but published forms. Every word of the query must be found (in the park's name, section 一's address,
 * a narrative of section 二 or an indicator's name); a word found nowhere finds nothing. Best matches first, then the
 * newest year. The results are read from the index alone, without loading the forms.
 */
@Service
@Transactional(readOnly = true)
public class FormSearch {

    /**
     * How deep a search may page: Lucene collects offset + size hits in memory, so an unbounded page number would
     * let one request allocate gigabytes. Nobody reads past ten thousand results; they narrow the search.
     */
    public static final int MAX_RESULTS = 10_000;
    /** Passages shown per result, at most. */
    static final int PASSAGES = 3;
    private static final Pattern INDICATOR_CODE = Pattern.compile("[0-9]{1,3}");
    private static final String[] SEARCHED = FormIndex.searchedFields();
    private static final String[] BIGRAM_FIELDS = Arrays.stream(SEARCHED).map(FormIndex::bigrams)
            .toArray(String[]::new);

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The forms matching the query, one page at a time.
     *
     * @throws InvalidFormQueryException for a blank or too long query, or a malformed indicator code
     */
    public Page<FormHit> search(FormQuery query, Pageable pageable) {
        List<String> words = check(query);
        if (pageable.isPaged() && pageable.getOffset() + pageable.getPageSize() > MAX_RESULTS) {
            throw new InvalidFormQueryException("page", "search.error.pageBeyond", MAX_RESULTS,
                    pageable.getPageSize(), MAX_RESULTS / pageable.getPageSize() - 1);
        }
        SearchSession session = Search.session(entityManager);
        SearchScope<Publication> scope = session.scope(Publication.class);
        SearchResult<List<?>> result = session.search(scope)
                .select(f -> f.composite().from(projections(f)).asList())
                .where(f -> f.bool(b -> {
                    words.forEach(word -> b.must(anywhere(f, word)));
                    words.forEach(word -> b.should(asWords(f, word)));
                    filter(f, b, query);
                }))
                .sort(f -> f.score().then().field(FormIndex.YEAR).desc().then().field(FormIndex.PUBLISHED_AT).desc())
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(2))
                .fetch(pageable.isPaged() ? (int) pageable.getOffset() : 0,
                        pageable.isPaged() ? pageable.getPageSize() : MAX_RESULTS);
        List<FormHit> hits = result.hits().stream().map(FormSearch::hit).toList();
        return new PageImpl<>(hits, pageable, result.total().hitCount());
    }

    private static List<String> check(FormQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            throw new InvalidFormQueryException("q", "search.error.blank");
        }
        if (text.length() > FormQuery.MAX_LENGTH) {
            throw new InvalidFormQueryException("q", "search.error.tooLong", FormQuery.MAX_LENGTH, text.length());
        }
        List<String> words = query.words();
        if (words.isEmpty()) {
            throw new InvalidFormQueryException("q", "search.error.noWords");
        }
        for (String code : query.met()) {
            if (!INDICATOR_CODE.matcher(code).matches()) {
                throw new InvalidFormQueryException("met", "search.error.indicatorCode", code);
            }
        }
        for (String code : query.unmet()) {
            if (!INDICATOR_CODE.matcher(code).matches()) {
                throw new InvalidFormQueryException("unmet", "search.error.indicatorCode", code);
            }
        }
        return words;
    }

    /** The word as the phrase of its character pairs, in any searched field: the text holds it, as typed. */
    private static PredicateFinalStep anywhere(SearchPredicateFactory f, String word) {
        return f.phrase().fields(BIGRAM_FIELDS).matching(word);
    }

    /** The word as the phrase of its smartcn words: found as whole words, the form ranks higher. */
    private static PredicateFinalStep asWords(SearchPredicateFactory f, String word) {
        return f.phrase().fields(SEARCHED).matching(word);
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, FormQuery query) {
        if (query.year() != null) {
            b.filter(f.match().field(FormIndex.YEAR).matching(query.year()));
        }
        if (query.province() != null) {
            b.filter(f.match().field(FormIndex.PROVINCE).matching(query.province()));
        }
        if (query.jurisdictionId() != null) {
            b.filter(f.match().field(FormIndex.JURISDICTION_ID).matching(query.jurisdictionId()));
        }
        if (query.parkId() != null) {
            b.filter(f.match().field(FormIndex.PARK_ID).matching(query.parkId()));
        }
        if (query.parkStatus() != null) {
            b.filter(f.match().field(FormIndex.PARK_STATUS).matching(query.parkStatus().name()));
        }
        switch (query.status()) {
            case CURRENT -> b.filter(f.match().field(FormIndex.STATUS).matching(FormIndex.CURRENT));
            case SUPERSEDED -> b.filter(f.match().field(FormIndex.STATUS).matching(FormIndex.SUPERSEDED));
            case ALL -> {
            }
        }
        query.met().forEach(code -> b.filter(f.match().field(FormIndex.MET).matching(code)));
        query.unmet().forEach(code -> b.filter(f.match().field(FormIndex.UNMET).matching(code)));
    }

    private static SearchProjection<?>[] projections(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> list = new ArrayList<>();
        list.add(f.id(Long.class).toProjection());
        list.add(f.field(FormIndex.PARK_ID, Long.class).toProjection());
        list.add(f.field(FormIndex.PARK_NAME, String.class).toProjection());
        list.add(f.field(FormIndex.YEAR, Integer.class).toProjection());
        list.add(f.field(FormIndex.PROVINCE, String.class).toProjection());
        list.add(f.field(FormIndex.JURISDICTION_NAME, String.class).toProjection());
        list.add(f.field(FormIndex.PARK_STATUS, String.class).toProjection());
        list.add(f.field(FormIndex.STATUS, String.class).toProjection());
        list.add(f.field(FormIndex.PUBLISHED_AT, Instant.class).toProjection());
        for (String field : SEARCHED) {
            list.add(f.highlight(FormIndex.bigrams(field)).toProjection());
        }
        return list.toArray(SearchProjection<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    private static FormHit hit(List<?> row) {
        List<FormHit.Passage> passages = new ArrayList<>();
        for (int i = 0; i < SEARCHED.length && passages.size() < PASSAGES; i++) {
            for (String html : (List<String>) row.get(9 + i)) {
                if (passages.size() < PASSAGES) {
                    // Overlapping pairs are marked one after the other: one mark per matched run reads better
                    passages.add(new FormHit.Passage(SEARCHED[i], FormIndex.anchor(SEARCHED[i]),
                            html.replace("</mark><mark>", "")));
                }
            }
        }
        String parkStatus = (String) row.get(6);
        return new FormHit((Long) row.get(0), (Long) row.get(1), (String) row.get(2), (Integer) row.get(3),
                (String) row.get(4), (String) row.get(5),
                parkStatus == null ? null : ecopark.park.domain.ParkStatus.valueOf(parkStatus),
                FormIndex.CURRENT.equals(row.get(7)), (Instant) row.get(8), passages);
    }
}
