package ecopark.rectification.service;

/**
 * What the current user may register in the registry, from {@link TaskQueries#registryActions()}: the list view
 * offers its buttons by it; every registration checks again.
 *
 * @param ownPark  the park whose own findings and batches the user registers (a park's staff), else null
 * @param handDown whether the user hands tasks and rounds down to the parks of their jurisdiction (a manager)
 */
public record RegistryActions(Long ownPark, boolean handDown) {

    /** Registering single tasks, creating rounds (or the park's batches) and importing a round's ledger. */
    public boolean register() {
        return ownPark != null || handDown;
    }
}
