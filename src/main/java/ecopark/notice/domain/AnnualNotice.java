package ecopark.notice.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The national office's notice for one report year (e.g. 科财函〔2022〕32号 for the 2021 reports). */
@Entity
@Table(name = "annual_notice")
public class AnnualNotice extends AbstractEntity {

    public static final int DOCUMENT_NUMBER_MAX_LENGTH = 100;
    public static final int TITLE_MAX_LENGTH = 300;

    @Column(name = "report_year", nullable = false, unique = true)
    private int reportYear;

    @Column(name = "document_number", nullable = false, length = DOCUMENT_NUMBER_MAX_LENGTH)
    private String documentNumber;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "parks_deadline", nullable = false)
    private LocalDate parksDeadline;

    @Column(name = "provinces_deadline", nullable = false)
    private LocalDate provincesDeadline;

    /** 1 when issued, one more with every edit: what a submission records it was checked against. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "notice_id", nullable = false)
    @OrderBy("position")
    private List<NoticeDeliverable> deliverables = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "notice_id", nullable = false)
    @OrderBy("position")
    private List<NoticeTopic> topics = new ArrayList<>();

    protected AnnualNotice() {
    }

    public AnnualNotice(int reportYear) {
        this.reportYear = reportYear;
    }

    public void describe(String documentNumber, String title, LocalDate issuedOn, LocalDate parksDeadline,
            LocalDate provincesDeadline) {
        this.documentNumber = documentNumber;
        this.title = title;
        this.issuedOn = issuedOn;
        this.parksDeadline = parksDeadline;
        this.provincesDeadline = provincesDeadline;
    }

    /** Counts the change and says who made it. */
    public void touch(String by, Instant at) {
        revision++;
        updatedBy = by;
        updatedAt = at;
    }

    public int getReportYear() {
        return reportYear;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getParksDeadline() {
        return parksDeadline;
    }

    public LocalDate getProvincesDeadline() {
        return provincesDeadline;
    }

    public int getRevision() {
        return revision;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<NoticeDeliverable> getDeliverables() {
        return deliverables;
    }

    public List<NoticeTopic> getTopics() {
        return topics;
    }
}
