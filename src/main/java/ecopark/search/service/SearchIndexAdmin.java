package ecopark.search.service;

import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The administrator's hand on the search index of this node. */
@Service
public class SearchIndexAdmin {

    private final FormIndexKeeper keeper;
    private final IndexFailures failures;

    SearchIndexAdmin(FormIndexKeeper keeper, IndexFailures failures) {
        this.keeper = keeper;
        this.failures = failures;
    }

    /** The latest write to this node's index that failed since it started (the catch-up repaired what it lost). */
    @RolesAllowed(AppRole.ADMIN_NAME)
    public Optional<IndexFailure> lastFailure() {
        return failures.last();
    }

    /**
     * Rebuilds this node's index from the database (the publication table) and returns how many published forms it
     * holds; searches meanwhile see the forms indexed so far. Other nodes rebuild their own when asked there.
     */
    @RolesAllowed(AppRole.ADMIN_NAME)
    public long rebuild() {
        return keeper.rebuild();
    }
}
