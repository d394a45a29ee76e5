package ecopark.park.domain;

/** Type of development zone as the form lists it; {@link #OTHER} carries a note. */
public enum ParkType {
    ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE,
    HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE,
    BONDED_ZONE,
    EXPORT_PROCESSING_ZONE,
    BORDER_ECONOMIC_COOPERATION_ZONE,
    ECONOMIC_DEVELOPMENT_ZONE,
    OTHER;

    public String labelKey() {
        return "park.type." + name();
    }
}
