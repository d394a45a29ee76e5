package ecopark.opendata.service;

import ecopark.publication.service.FrozenForm;
import ecopark.publication.service.FrozenForms;
import ecopark.publication.service.PublishedForm;
import ecopark.publication.service.PublishedPark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Every published indicator row, open to everyone (only published forms exist in the publications it reads). The
 * rows of many forms are read {@value FrozenForms#BATCH} publications at a time, each batch in a transaction of its
 * own, so a download of the whole list holds one batch, never all of it. Deliberately not transactional itself.
 *
 * <p>Paging the JSON list by rows needs to know how many rows of each publication a filter keeps; a publication's
 * document never changes, so those counts are kept in memory (a few numbers per publication), and a page reads only
 * the documents its rows come from.
 */
@Service
public class OpenIndicators {

    private final FrozenForms forms;
    private final Map<Long, RowCounts> counts = new ConcurrentHashMap<>();

    OpenIndicators(FrozenForms forms) {
        this.forms = forms;
    }

    /**
     * One form's rows.
     *
     * @throws ecopark.publication.service.PublicationNotFoundException if no published form has this id
     */
    public FormIndicators form(long publicationId) {
        FrozenForm form = forms.form(publicationId);
        return new FormIndicators(form.publicationId(), form.parkName(), form.year(), form.revisionNumber(),
                form.contentHash(), rows(form));
    }

    /** The publications the filter selects, in the public list's order (newest year first, then by park). */
    public Selection select(IndicatorFilter filter) {
        return new Selection(forms.ids(filter.forms()), filter.met());
    }

    /**
     * The park's current forms, oldest year first.
     *
     * @throws ecopark.publication.service.ParkNotPublishedException if the park published nothing
     */
    public Selection park(long parkId) {
        return new Selection(forms.idsOfPark(parkId), null);
    }

    /** Hands every selected row to the sink, form after form, reading a batch of documents at a time. */
    public void forEach(Selection selection, Consumer<IndicatorRecord> sink) {
        List<Long> ids = selection.publicationIds();
        for (int from = 0; from < ids.size(); from += FrozenForms.BATCH) {
            for (FrozenForm form : forms.read(ids.subList(from, Math.min(ids.size(), from + FrozenForms.BATCH)))) {
                for (IndicatorRecord row : rows(form)) {
                    if (selection.accepts(row)) {
                        sink.accept(row);
                    }
                }
            }
        }
    }

    /** One page of the rows the filter selects, in the order of the downloads. */
    public Page<IndicatorRecord> find(IndicatorFilter filter, Pageable pageable) {
        Selection selection = select(filter);
        List<Long> ids = selection.publicationIds();
        countMissing(ids);
        long total = 0;
        for (long id : ids) {
            total += kept(id, selection.met());
        }
        if (pageable.isUnpaged()) {
            List<IndicatorRecord> all = new ArrayList<>();
            forEach(selection, all::add);
            return new PageImpl<>(all, pageable, total);
        }
        long skip = pageable.getOffset();
        long wanted = pageable.getPageSize();
        long firstSkip = 0;
        List<Long> needed = new ArrayList<>();
        for (long id : ids) {
            int kept = kept(id, selection.met());
            if (needed.isEmpty()) {
                if (skip >= kept) {
                    skip -= kept;
                    continue;
                }
                firstSkip = skip;
            }
            needed.add(id);
            wanted -= kept - (needed.size() == 1 ? firstSkip : 0);
            if (wanted <= 0) {
                break;
            }
        }
        List<IndicatorRecord> page = new ArrayList<>();
        long[] toSkip = {firstSkip};
        forEach(new Selection(needed, selection.met()), row -> {
            if (toSkip[0] > 0) {
                toSkip[0]--;
            } else if (page.size() < pageable.getPageSize()) {
                page.add(row);
            }
        });
        return new PageImpl<>(page, pageable, total);
    }

    /** Every park with a current form (for the catalogue). */
    public List<PublishedPark> parks() {
        return forms.parks();
    }

    /** When the published data last changed. */
    public Optional<Instant> lastModified() {
        return forms.lastModified();
    }

    private int kept(long publicationId, Boolean met) {
        RowCounts count = counts.get(publicationId);
        return count == null ? 0 : count.of(met);
    }

    private void countMissing(List<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !counts.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += FrozenForms.BATCH) {
            for (FrozenForm form : forms.read(missing.subList(from,
                    Math.min(missing.size(), from + FrozenForms.BATCH)))) {
                counts.put(form.publicationId(), RowCounts.of(rows(form)));
            }
        }
    }

    private static List<IndicatorRecord> rows(FrozenForm form) {
        List<IndicatorRecord> rows = new ArrayList<>(form.form().rows().size());
        for (PublishedForm.IndicatorRow row : form.form().rows()) {
            rows.add(IndicatorRecord.of(form, row));
        }
        return rows;
    }

    /** How many rows of one publication each value of the {@code met} filter keeps. */
    private record RowCounts(int all, int met, int notMet) {

        static RowCounts of(List<IndicatorRecord> rows) {
            int met = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.met())).count();
            int notMet = (int) rows.stream().filter(r -> Boolean.FALSE.equals(r.met())).count();
            return new RowCounts(rows.size(), met, notMet);
        }

        int of(Boolean filter) {
            return filter == null ? all : filter ? met : notMet;
        }
    }
}
