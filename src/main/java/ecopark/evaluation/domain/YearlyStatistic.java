package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One statistic of one park for one calendar year. Facts, not report content: consecutive reports read the same
 * rows (the 2019 report's base year 2016 is also the 2020 report's), so they are keyed by park and year.
 */
@Entity
@Table(name = "eval_yearly_statistic")
public class YearlyStatistic extends AbstractEntity {

    /** Matches decimal(24,6): whole parts up to 18 digits. */
    public static final int SCALE = 6;

    @Column(name = "park_id", nullable = false)
    private Long parkId;

    @Column(name = "stat_year", nullable = false)
    private int year;

    @Column(name = "statistic_key", nullable = false, length = 50)
    private String statisticKey;

    @Column(name = "stat_value", nullable = false, precision = 24, scale = SCALE)
    private BigDecimal value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected YearlyStatistic() {
    }

    public YearlyStatistic(long parkId, int year, String statisticKey) {
        this.parkId = parkId;
        this.year = year;
        this.statisticKey = statisticKey;
    }

    public void record(BigDecimal value, String by, Instant at) {
        this.value = value;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }

    public String getStatisticKey() {
        return statisticKey;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
