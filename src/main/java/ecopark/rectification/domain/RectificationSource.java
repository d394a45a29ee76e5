package ecopark.rectification.domain;

/**
 * Where a rectification task comes from (docs/product.md): the inspections that find problems, petitions, a failed indicator
 * of the annual evaluation, or the park's own checks.
 */
@org.springframework.modulith.NamedInterface("domain")
public enum RectificationSource {
    /** 中央生态环境保护督察 (central environmental inspection) feedback. */
    CENTRAL_INSPECTION,
    /** The central inspection's follow-up ("回头看"). */
    CENTRAL_FOLLOW_UP,
    /** 省级生态环境保护督察. */
    PROVINCIAL_INSPECTION,
    /** 信访案件: petition cases handed over by an inspection or the bureau. */
    PETITION,
    /** An indicator of the annual evaluation that is not met (HJ 274-2015). */
    FAILED_INDICATOR,
    /** The park's own check (自查), e.g. its environmental bureau's orders to enterprises. */
    INTERNAL_CHECK,
    OTHER;

    public String labelKey() {
        return "rectification.source." + name();
    }

    /** Park staff register their own findings; inspections and petitions are handed down by the bureau. */
    public boolean mayBeRegisteredByPark() {
        return this == INTERNAL_CHECK || this == FAILED_INDICATOR || this == OTHER;
    }
}
