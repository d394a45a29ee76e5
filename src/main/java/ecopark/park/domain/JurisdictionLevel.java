package ecopark.park.domain;

/**
 * Where a jurisdiction stands on the submission route: parks report to their province (through an optional city
 * pre-review), provinces forward to the national office.
 */
public enum JurisdictionLevel {
    /** The national office (科技与财务司, the programme's coordination office). */
    NATIONAL,
    /** A provincial ecology-environment department, or a municipality's bureau at that level (Tianjin). */
    PROVINCIAL,
    /** A city bureau under a province. */
    CITY;

    /** Translation key of the level's display name. */
    public String labelKey() {
        return "jurisdiction.level." + name().toLowerCase();
    }
}
