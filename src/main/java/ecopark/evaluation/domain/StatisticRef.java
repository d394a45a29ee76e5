package ecopark.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A statistic an indicator is computed from, with its role in the formula. */
@Embeddable
public class StatisticRef {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private StatisticRole role;

    @Column(name = "statistic_key", nullable = false, length = 50)
    private String statisticKey;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected StatisticRef() {
    }

    public StatisticRef(StatisticRole role, String statisticKey, int sortOrder) {
        this.role = role;
        this.statisticKey = statisticKey;
        this.sortOrder = sortOrder;
    }

    public StatisticRole getRole() {
        return role;
    }

    public String getStatisticKey() {
        return statisticKey;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
