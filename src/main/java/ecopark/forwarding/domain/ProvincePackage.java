package ecopark.forwarding.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a province's package (汇总报送) for a report year: the cover letter's facts, the forms and missing
 * parks it carried, the signed PDF and the workbook in the file store, and whether the national office returned it.
 */
@Entity
@Table(name = "province_package")
public class ProvincePackage extends AbstractEntity {

    @Column(name = "province_id", nullable = false)
    private long provinceId;
    @Column(name = "province_name", nullable = false, length = 100)
    private String provinceName;
    @Column(name = "report_year", nullable = false)
    private int reportYear;
    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;
    @Column(name = "letter_number", nullable = false, length = 100)
    private String letterNumber;
    @Column(name = "letter_date", nullable = false)
    private LocalDate letterDate;
    @Column(name = "contact_name", nullable = false, length = 50)
    private String contactName;
    @Column(name = "contact_phone", nullable = false, length = 50)
    private String contactPhone;
    @Column(name = "contact_email", length = 100)
    private String contactEmail;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PackageStatus status;
    @Column(name = "late", nullable = false)
    private boolean late;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;
    @Column(name = "sent_by", nullable = false, length = 50)
    private String sentBy;
    @Column(name = "sent_by_name", nullable = false, length = 100)
    private String sentByName;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "returned_by", length = 50)
    private String returnedBy;
    @Column(name = "returned_by_name", length = 100)
    private String returnedByName;
    @Column(name = "return_comment", length = 2000)
    private String returnComment;
    @Column(name = "bundle_file_id", nullable = false)
    private long bundleFileId;
    @Column(name = "bundle_sha256", nullable = false, length = 64)
    private String bundleSha256;
    @Column(name = "summary_file_id", nullable = false)
    private long summaryFileId;
    @Column(name = "summary_sha256", nullable = false, length = 64)
    private String summarySha256;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "province_package_form", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "line_no")
    private List<PackagedForm> forms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "province_package_missing", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "line_no")
    private List<PackagedMissing> missing = new ArrayList<>();

    protected ProvincePackage() {
    }

    /** The facts of the letter as the province sent it. */
    public record Letter(String letterNumber, LocalDate letterDate, String contactName, String contactPhone,
            String contactEmail) {
    }

    /** Who sent it, when, and whether that was after the provinces' deadline. */
    public record Sending(Instant sentAt, String sentBy, String sentByName, boolean late) {
    }

    public ProvincePackage(long provinceId, String provinceName, int reportYear, int sequenceNo, Letter letter,
            Sending sending, List<PackagedForm> forms, List<PackagedMissing> missing, long bundleFileId,
            String bundleSha256, long summaryFileId, String summarySha256) {
        this.provinceId = provinceId;
        this.provinceName = provinceName;
        this.reportYear = reportYear;
        this.sequenceNo = sequenceNo;
        this.letterNumber = letter.letterNumber();
        this.letterDate = letter.letterDate();
        this.contactName = letter.contactName();
        this.contactPhone = letter.contactPhone();
        this.contactEmail = letter.contactEmail();
        this.status = PackageStatus.SENT;
        this.sentAt = sending.sentAt();
        this.sentBy = sending.sentBy();
        this.sentByName = sending.sentByName();
        this.late = sending.late();
        this.forms = new ArrayList<>(forms);
        this.missing = new ArrayList<>(missing);
        this.bundleFileId = bundleFileId;
        this.bundleSha256 = bundleSha256;
        this.summaryFileId = summaryFileId;
        this.summarySha256 = summarySha256;
    }

    /** The national office hands it back; the province may then send a new version. */
    public void returnToProvince(Instant at, String username, String displayName, String comment) {
        this.status = PackageStatus.RETURNED;
        this.returnedAt = at;
        this.returnedBy = username;
        this.returnedByName = displayName;
        this.returnComment = comment;
    }

    public long getProvinceId() {
        return provinceId;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public int getReportYear() {
        return reportYear;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public PackageStatus getStatus() {
        return status;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getSentByName() {
        return sentByName;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedByName() {
        return returnedByName;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public long getBundleFileId() {
        return bundleFileId;
    }

    public String getBundleSha256() {
        return bundleSha256;
    }

    public long getSummaryFileId() {
        return summaryFileId;
    }

    public String getSummarySha256() {
        return summarySha256;
    }

    public List<PackagedForm> getForms() {
        return List.copyOf(forms);
    }

    public List<PackagedMissing> getMissing() {
        return List.copyOf(missing);
    }
}
