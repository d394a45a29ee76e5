package ecopark.park.domain;

/** Region class that sets the threshold of indicator 16 (reclaimed-water reuse): 20%, 30% or 10%. */
public enum WaterRegion {
    WATER_SCARCE_CITY,
    BEIJING_TIANJIN_HEBEI,
    OTHER;

    public String labelKey() {
        return "park.waterRegion." + name();
    }
}
