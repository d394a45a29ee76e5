package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One indicator on a report's sheet: whether it is assessed, the value or state staff entered (for indicators that
 * are not computed), and footnote a's replacement threshold with the industry, its share of the park's industrial
 * output and the reason.
 */
@Entity
@Table(name = "eval_sheet_entry")
public class SheetEntry extends AbstractEntity {

    public static final int INDUSTRY_MAX_LENGTH = 100;
    public static final int REASON_MAX_LENGTH = 1000;
    public static final int VALUE_SCALE = 6;
    public static final int SHARE_SCALE = 4;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private IndicatorSheet sheet;

    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "entered_value", precision = 24, scale = VALUE_SCALE)
    private BigDecimal enteredValue;

    @Column(name = "entered_state")
    private Boolean enteredState;

    @Column(name = "override_threshold", precision = 20, scale = 6)
    private BigDecimal overrideThreshold;

    @Column(name = "override_industry", length = INDUSTRY_MAX_LENGTH)
    private String overrideIndustry;

    @Column(name = "override_industry_share", precision = 9, scale = SHARE_SCALE)
    private BigDecimal overrideIndustryShare;

    @Column(name = "override_reason", length = REASON_MAX_LENGTH)
    private String overrideReason;

    protected SheetEntry() {
    }

    SheetEntry(IndicatorSheet sheet, long indicatorId, boolean selected) {
        this.sheet = sheet;
        this.indicatorId = indicatorId;
        this.selected = selected;
    }

    /** The values the evaluator reads, detached from persistence. */
    public EntryValues values() {
        return new EntryValues(selected, enteredValue, enteredState, overrideThreshold, overrideIndustry,
                overrideIndustryShare, overrideReason);
    }

    public void overrideThreshold(BigDecimal threshold, String industry, BigDecimal industryShare, String reason) {
        this.overrideThreshold = threshold;
        this.overrideIndustry = industry;
        this.overrideIndustryShare = industryShare;
        this.overrideReason = reason;
    }

    public IndicatorSheet getSheet() {
        return sheet;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
    }

    public BigDecimal getEnteredValue() {
        return enteredValue;
    }

    public void setEnteredValue(BigDecimal enteredValue) {
        this.enteredValue = enteredValue;
    }

    public Boolean getEnteredState() {
        return enteredState;
    }

    public void setEnteredState(Boolean enteredState) {
        this.enteredState = enteredState;
    }

    public BigDecimal getOverrideThreshold() {
        return overrideThreshold;
    }

    public String getOverrideIndustry() {
        return overrideIndustry;
    }

    public BigDecimal getOverrideIndustryShare() {
        return overrideIndustryShare;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
