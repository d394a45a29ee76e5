package ecopark.publication.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ecopark.publication.domain.Publication;
import ecopark.publication.domain.PublicationListing;
import ecopark.publication.domain.PublicationRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published forms whole, for open data: which publications a filter selects (ids only, in the public list's
 * order), and their documents read a batch at a time. Each call is a transaction of its own, so a download of the
 * whole list that reads batch after batch never holds more than one batch of documents. Open to everyone, as
 * {@link PublicForms}: only published forms are in the publication table.
 */
@Service
@Transactional(readOnly = true)
public class FrozenForms {

    /** The most publications one call reads. */
    public static final int BATCH = 50;

    private final PublicationRepository publications;
    private final PublicForms forms;
    private final ObjectMapper json;

    FrozenForms(PublicationRepository publications, PublicForms forms, ObjectMapper json) {
        this.publications = publications;
        this.forms = forms;
        this.json = json;
    }

    /** The ids of the publications the public list shows for the filter, in its order (newest year first). */
    public List<Long> ids(PublicFormFilter filter) {
        return forms.search(filter, Pageable.unpaged()).map(PublicationListing::id).getContent();
    }

    /**
     * The park's current forms by id, oldest year first.
     *
     * @throws ParkNotPublishedException if the park published nothing (or does not exist)
     */
    public List<Long> idsOfPark(long parkId) {
        List<Long> ids = publications.currentIdsOfPark(parkId);
        if (ids.isEmpty()) {
            throw new ParkNotPublishedException(parkId);
        }
        return ids;
    }

    /**
     * One publication whole.
     *
     * @throws PublicationNotFoundException if no published form has this id
     */
    public FrozenForm form(long publicationId) {
        return publications.findById(publicationId).map(this::frozen)
                .orElseThrow(() -> new PublicationNotFoundException(publicationId));
    }

    /** The publications with these ids (at most {@value #BATCH}), in the order given; unknown ids are left out. */
    public List<FrozenForm> read(Collection<Long> publicationIds) {
        if (publicationIds.size() > BATCH) {
            throw new IllegalArgumentException("At most " + BATCH + " publications at once");
        }
        Map<Long, Publication> byId = publications.findAllById(publicationIds).stream()
                .collect(Collectors.toMap(Publication::getId, Function.identity()));
        return publicationIds.stream().map(byId::get).filter(p -> p != null).map(this::frozen).toList();
    }

    /** Every park with a current form, by name. */
    public List<PublishedPark> parks() {
        return publications.publishedParks();
    }

    /** When the published data last changed, if anything was published. */
    public Optional<Instant> lastModified() {
        return publications.lastPublishedAt();
    }

    private FrozenForm frozen(Publication p) {
        return new FrozenForm(p.getId(), p.getReportId(), p.getRevisionNumber(), p.getParkId(), p.getParkName(),
                p.getProvince(), p.getJurisdictionId(), p.getJurisdictionName(), p.getYear(), p.getParkStatus(),
                p.getPublishedAt(), p.getSupersededBy(), p.contentHash(), document(p));
    }

    private PublishedForm document(Publication publication) {
        try {
            return json.readValue(publication.getDocument(), PublishedForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable document of publication " + publication.getId(), e);
        }
    }
}
