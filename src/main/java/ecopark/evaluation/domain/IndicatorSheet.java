package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Section 三 of one report: the standard version it is made with (kept for good), one entry per indicator of that
 * version, and the reason the park gave for selecting differently from the year before.
 */
@Entity
@Table(name = "eval_indicator_sheet")
public class IndicatorSheet extends AbstractEntity {

    public static final int REASON_MAX_LENGTH = 2000;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "park_id", nullable = false)
    private Long parkId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "standard_id", nullable = false)
    private Long standardId;

    @Column(name = "selection_change_reason", length = REASON_MAX_LENGTH)
    private String selectionChangeReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<SheetEntry> entries = new ArrayList<>();

    protected IndicatorSheet() {
    }

    public IndicatorSheet(long reportId, long parkId, int year, long standardId, String by, Instant at) {
        this.reportId = reportId;
        this.parkId = parkId;
        this.year = year;
        this.standardId = standardId;
        touch(by, at);
    }

    public SheetEntry addEntry(long indicatorId, boolean selected) {
        SheetEntry entry = new SheetEntry(this, indicatorId, selected);
        entries.add(entry);
        return entry;
    }

    public Optional<SheetEntry> entry(long indicatorId) {
        return entries.stream().filter(e -> e.getIndicatorId() == indicatorId).findFirst();
    }

    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }

    public Long getStandardId() {
        return standardId;
    }

    public String getSelectionChangeReason() {
        return selectionChangeReason;
    }

    public void setSelectionChangeReason(String selectionChangeReason) {
        this.selectionChangeReason = selectionChangeReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<SheetEntry> getEntries() {
        return Collections.unmodifiableList(entries);
    }
}
