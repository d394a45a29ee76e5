package ecopark.search.service;

import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/** The administrator's hand on the search index of this node. */
@Service
public class SearchIndexAdmin {

    private final FormIndexKeeper keeper;

    SearchIndexAdmin(FormIndexKeeper keeper) {
        this.keeper = keeper;
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
