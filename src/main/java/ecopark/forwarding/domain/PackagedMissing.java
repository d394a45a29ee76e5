package ecopark.forwarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A park of the province that a package did not carry, with the province's reason. */
@Embeddable
public class PackagedMissing {

    @Column(name = "park_id", nullable = false)
    private long parkId;

    @Column(name = "park_name", nullable = false, length = 200)
    private String parkName;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    protected PackagedMissing() {
    }

    public PackagedMissing(long parkId, String parkName, String reason) {
        this.parkId = parkId;
        this.parkName = parkName;
        this.reason = reason;
    }

    public long getParkId() {
        return parkId;
    }

    public String getParkName() {
        return parkName;
    }

    public String getReason() {
        return reason;
    }
}
