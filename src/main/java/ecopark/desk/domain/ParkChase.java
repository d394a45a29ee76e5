package ecopark.desk.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One 催办: a bureau reminded a park of its report of a year, on a Beijing day. */
@Entity
@Table(name = "park_chase")
public class ParkChase extends AbstractEntity {

    @Column(name = "park_id", nullable = false)
    private long parkId;

    @Column(name = "report_year", nullable = false)
    private int reportYear;

    @Column(name = "jurisdiction_id", nullable = false)
    private long jurisdictionId;

    @Column(name = "jurisdiction_name", nullable = false, length = 100)
    private String jurisdictionName;

    @Column(name = "chased_by", nullable = false, length = 50)
    private String chasedBy;

    @Column(name = "chased_by_name", nullable = false, length = 100)
    private String chasedByName;

    @Column(name = "chased_on", nullable = false)
    private LocalDate chasedOn;

    @Column(name = "chased_at", nullable = false)
    private Instant chasedAt;

    protected ParkChase() {
    }

    public ParkChase(long parkId, int reportYear, long jurisdictionId, String jurisdictionName, String chasedBy,
            String chasedByName, LocalDate chasedOn, Instant chasedAt) {
        this.parkId = parkId;
        this.reportYear = reportYear;
        this.jurisdictionId = jurisdictionId;
        this.jurisdictionName = jurisdictionName;
        this.chasedBy = chasedBy;
        this.chasedByName = chasedByName;
        this.chasedOn = chasedOn;
        this.chasedAt = chasedAt;
    }

    public long getParkId() {
        return parkId;
    }

    public int getReportYear() {
        return reportYear;
    }

    public long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getJurisdictionName() {
        return jurisdictionName;
    }

    public String getChasedBy() {
        return chasedBy;
    }

    public String getChasedByName() {
        return chasedByName;
    }

    public LocalDate getChasedOn() {
        return chasedOn;
    }

    public Instant getChasedAt() {
        return chasedAt;
    }
}
