package ecopark.park.domain;

/** Level of the park as the form lists it: 国家级, 省级, 省级以下. */
public enum ParkLevel {
    NATIONAL,
    PROVINCIAL,
    BELOW_PROVINCIAL;

    public String labelKey() {
        return "park.level." + name();
    }
}
