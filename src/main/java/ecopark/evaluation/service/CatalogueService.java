package ecopark.evaluation.service;

import ecopark.evaluation.domain.StandardVersionRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the indicator catalogue: every signed-in user may read what the standard says. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CatalogueService {

    private final StandardVersionRepository versions;
    private final CatalogueLoader loader;

    CatalogueService(StandardVersionRepository versions, CatalogueLoader loader) {
        this.versions = versions;
        this.loader = loader;
    }

    /** The version new sheets are made with. */
    public Catalogue active() {
        return loader.load(versions.findFirstByActiveTrueOrderByIdDesc()
                .orElseThrow(() -> new IllegalStateException("No active standard version")).getId());
    }

    public Catalogue get(long standardId) {
        return loader.load(standardId);
    }

    /** Every standard version, oldest first. */
    public List<Catalogue> all() {
        return versions.findAllByOrderByIdAsc().stream().map(v -> loader.load(v.getId())).toList();
    }
}
