package ecopark.publication.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.publication.domain.NamedId;
import ecopark.publication.domain.Publication;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.domain.PublicationRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published disclosure forms for everyone, signed in or not. Open on purpose: every method reads only the publication
 * table, which holds nothing but forms the review process published, so no draft, submission or unpublished revision
 * can be reached here, whatever id is asked for.
 */
@Service
@Transactional(readOnly = true)
public class PublicForms {

    /** Newest year first, then by park, then newest publication first (a correction before what it superseded). */
    static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("parkName"),
            Sort.Order.desc("publishedAt"));

    private final PublicationRepository publications;
    private final ObjectMapper json;

    PublicForms(PublicationRepository publications, ObjectMapper json) {
        this.publications = publications;
        this.json = json;
    }

    /** The published forms matching the filter, one page at a time; current forms only unless asked otherwise. */
    public Page<PublicationListing> search(PublicFormFilter filter, Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : DEFAULT_SORT;
        Pageable sorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return publications.search(filter.year(), blankToNull(filter.province()), filter.jurisdictionId(),
                filter.parkId(), filter.parkStatus(), filter.includeSuperseded(), sorted);
    }

    /** One published form; superseded ones stay readable, marked as such. */
    public PublicForm form(long publicationId) {
        Publication publication = publications.findById(publicationId)
                .orElseThrow(() -> new PublicationNotFoundException(publicationId));
        return new PublicForm(listing(publication), read(publication), publication.contentHash());
    }

    /**
     * When a published form's page last changed, read without its document: the form itself never changes, but its
     * page also shows the correction that superseded it and the park's other years, each a newer publication of the
     * park. Cheap enough to answer a conditional request (ETag, If-Modified-Since) before reading anything else.
     */
    public FormFreshness freshness(long publicationId) {
        PublicationListing publication = publications.findListing(publicationId)
                .orElseThrow(() -> new PublicationNotFoundException(publicationId));
        Object[] latest = publications.latestOfPark(publication.parkId()).get(0);
        return new FormFreshness(publication.id(), publication.supersededBy(), ((Number) latest[0]).longValue(),
                (Instant) latest[1]);
    }

    /** Every publication, newest first, without documents: the sitemap. */
    public List<PublicationListing> all() {
        return publications.allListings();
    }

    /** Every publication of the same report, oldest first: the original and its corrections. */
    public List<PublicationListing> versions(long publicationId) {
        Publication publication = publications.findById(publicationId)
                .orElseThrow(() -> new PublicationNotFoundException(publicationId));
        return publications.versionsOf(publication.getReportId());
    }

    /**
     * The park's indicator results across the years it published (the current form of each year).
     *
     * @throws ParkNotPublishedException if the park published nothing (or does not exist)
     */
    public YearOverYear yearOverYear(long parkId) {
        List<Publication> forms = publications.findByParkIdAndSupersededByIsNullOrderByYearAsc(parkId);
        if (forms.isEmpty()) {
            throw new ParkNotPublishedException(parkId);
        }
        List<Integer> years = forms.stream().map(Publication::getYear).toList();
        Map<String, List<PublishedForm.IndicatorRow>> cells = new LinkedHashMap<>();
        Map<String, PublishedForm.IndicatorRow> first = new LinkedHashMap<>();
        for (int y = 0; y < forms.size(); y++) {
            for (PublishedForm.IndicatorRow row : read(forms.get(y)).rows()) {
                first.putIfAbsent(row.code(), row);
                List<PublishedForm.IndicatorRow> line = cells.computeIfAbsent(row.code(), c -> new ArrayList<>());
                while (line.size() < y) {
                    line.add(null);
                }
                line.add(row);
            }
        }
        List<YearOverYear.Line> lines = first.values().stream()
                .sorted(Comparator.comparing(PublicForms::codeOrder))
                .map(row -> {
                    List<PublishedForm.IndicatorRow> line = cells.get(row.code());
                    while (line.size() < years.size()) {
                        line.add(null);
                    }
                    return new YearOverYear.Line(row.code(), row.name(), row.unit(), line);
                })
                .toList();
        String parkName = forms.get(forms.size() - 1).getParkName();
        return new YearOverYear(parkId, parkName, years, lines);
    }

    public FilterOptions filterOptions() {
        List<NamedId> jurisdictions = publications.currentJurisdictions().stream()
                .sorted(Comparator.comparing(NamedId::name)).toList();
        List<NamedId> parks = publications.currentParks().stream().sorted(Comparator.comparing(NamedId::name)).toList();
        return new FilterOptions(publications.currentYears(), publications.currentProvinces(), jurisdictions, parks);
    }

    PublishedForm read(Publication publication) {
        try {
            return json.readValue(publication.getDocument(), PublishedForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable document of publication " + publication.getId(), e);
        }
    }

    static PublicationListing listing(Publication p) {
        return new PublicationListing(p.getId(), p.getReportId(), p.getRevisionNumber(), p.getParkId(),
                p.getParkName(), p.getProvince(), p.getJurisdictionId(), p.getJurisdictionName(), p.getYear(),
                p.getParkStatus(), p.getPublishedAt(), p.getSupersededBy());
    }

    private static Integer codeOrder(PublishedForm.IndicatorRow row) {
        try {
            return Integer.parseInt(row.code());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
