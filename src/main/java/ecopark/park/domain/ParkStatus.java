package ecopark.park.domain;

/** 已命名 (named a national eco-industrial demonstration park) or 创建中 (in creation). */
public enum ParkStatus {
    NAMED,
    IN_CREATION;

    public String labelKey() {
        return "park.status." + name();
    }
}
