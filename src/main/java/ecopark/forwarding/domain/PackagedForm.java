package ecopark.forwarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A form as a package carried it: which publication, its revision and content hash, how many deliverables. */
@Embeddable
public class PackagedForm {

    @Column(name = "publication_id", nullable = false)
    private long publicationId;

    @Column(name = "park_id", nullable = false)
    private long parkId;

    @Column(name = "park_name", nullable = false, length = 200)
    private String parkName;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "deliverables", nullable = false)
    private int deliverables;

    protected PackagedForm() {
    }

    public PackagedForm(long publicationId, long parkId, String parkName, int revisionNumber, String contentHash,
            int deliverables) {
        this.publicationId = publicationId;
        this.parkId = parkId;
        this.parkName = parkName;
        this.revisionNumber = revisionNumber;
        this.contentHash = contentHash;
        this.deliverables = deliverables;
    }

    public long getPublicationId() {
        return publicationId;
    }

    public long getParkId() {
        return parkId;
    }

    public String getParkName() {
        return parkName;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getDeliverables() {
        return deliverables;
    }
}
