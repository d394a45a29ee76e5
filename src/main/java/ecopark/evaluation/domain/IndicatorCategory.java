package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A column-one group of the indicator table: 经济发展, 产业共生 … (HJ 274-2015) or 降碳减污 … (2025 draft). */
@Entity
@Table(name = "eval_indicator_category")
public class IndicatorCategory extends AbstractEntity {

    @Column(name = "standard_id", nullable = false)
    private Long standardId;

    @Column(nullable = false, length = 50)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected IndicatorCategory() {
    }

    public Long getStandardId() {
        return standardId;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
