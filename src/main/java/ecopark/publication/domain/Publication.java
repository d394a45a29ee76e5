package ecopark.publication.domain;

import ecopark.base.domain.AbstractEntity;
import ecopark.park.domain.ParkStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One published disclosure form: a report's approved revision frozen with its evaluation as a JSON document, and the
 * day it became public. The document never changes; a correction of the report is published as a new publication
 * that supersedes this one, which stays public, marked as superseded.
 */
@Entity
@Table(name = "publication")
public class Publication extends AbstractEntity {

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int revisionNumber;

    @Column(name = "park_id", nullable = false, updatable = false)
    private Long parkId;

    @Column(name = "park_name", nullable = false, updatable = false, length = 200)
    private String parkName;

    @Column(updatable = false, length = 30)
    private String province;

    @Column(name = "jurisdiction_id", updatable = false)
    private Long jurisdictionId;

    @Column(name = "jurisdiction_name", updatable = false, length = 200)
    private String jurisdictionName;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "park_status", updatable = false, length = 20)
    private ParkStatus parkStatus;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(nullable = false, updatable = false, columnDefinition = "longtext")
    private String document;

    protected Publication() {
    }

    public Publication(long reportId, int revisionNumber, long parkId, String parkName, String province,
            Long jurisdictionId, String jurisdictionName, int year, ParkStatus parkStatus, Instant publishedAt,
            String document) {
        this.reportId = reportId;
        this.revisionNumber = revisionNumber;
        this.parkId = parkId;
        this.parkName = parkName;
        this.province = province;
        this.jurisdictionId = jurisdictionId;
        this.jurisdictionName = jurisdictionName;
        this.year = year;
        this.parkStatus = parkStatus;
        this.publishedAt = publishedAt;
        this.document = document;
    }

    /** A correction was published: this form stays public, marked as superseded by the newer one. */
    public void supersede(long newer, Instant at) {
        if (supersededBy != null) {
            throw new IllegalStateException("Publication " + getId() + " is already superseded");
        }
        this.supersededBy = newer;
        this.supersededAt = at;
    }

    public boolean isCurrent() {
        return supersededBy == null;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public Long getParkId() {
        return parkId;
    }

    public String getParkName() {
        return parkName;
    }

    public String getProvince() {
        return province;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getJurisdictionName() {
        return jurisdictionName;
    }

    public int getYear() {
        return year;
    }

    public ParkStatus getParkStatus() {
        return parkStatus;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public String getDocument() {
        return document;
    }

    /**
     * The content hash shown as 内容校验值 SHA-256 on the public form and carried by its PDF and data downloads: SHA-256
     * of the frozen JSON document as UTF-8 bytes, in lowercase hex. The document never changes, so neither does the
     * hash; anyone holding a copy of the JSON can recompute it and check it against the portal.
     */
    public String contentHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
