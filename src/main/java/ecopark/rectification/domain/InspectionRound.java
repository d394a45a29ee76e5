package ecopark.rectification.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspection round or a batch of tasks handed down together, e.g. the central inspection's feedback for a
 * jurisdiction, or a park's own special campaign. A bureau's round covers its jurisdiction; a park's batch only the
 * park.
 */
@Entity
@Table(name = "rectification_round")
public class InspectionRound extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(name = "jurisdiction_id", nullable = false)
    private Long jurisdictionId;

    @Column(name = "park_id")
    private Long parkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RectificationSource source;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected InspectionRound() {
    }

    public InspectionRound(long jurisdictionId, Long parkId, RectificationSource source, String name,
            LocalDate issuedOn, Instant createdAt, String createdBy) {
        this.jurisdictionId = jurisdictionId;
        this.parkId = parkId;
        this.source = source;
        this.name = name;
        this.issuedOn = issuedOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public Long getParkId() {
        return parkId;
    }

    public RectificationSource getSource() {
        return source;
    }

    public String getName() {
        return name;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
