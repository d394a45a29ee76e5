package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A yearly statistic parks enter (工业增加值, 综合能耗 …), in the unit the formulas expect. */
@Entity
@Table(name = "eval_statistic")
public class StatisticDefinition extends AbstractEntity {

    @Column(name = "statistic_key", nullable = false, length = 50)
    private String key;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "unit_zh", nullable = false, length = 30)
    private String unitZh;

    @Column(name = "unit_en", nullable = false, length = 50)
    private String unitEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Plausible range of a typed value (V46); null bounds leave only the column's own limit. */
    @Embedded
    private ValueRange range;

    protected StatisticDefinition() {
    }

    public String getKey() {
        return key;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getUnitZh() {
        return unitZh;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public ValueRange getValueRange() {
        return range;
    }
}
