package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;

/**
 * One row of a standard's indicator table, with what the evaluator needs: the rule kind, the threshold, the formula
 * key, the statistics it is computed from, the factor into its unit and the precision it is shown with.
 */
@Entity
@Table(name = "eval_indicator")
public class IndicatorDefinition extends AbstractEntity {

    @Column(name = "standard_id", nullable = false)
    private Long standardId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    /** The number in the standard's table ("10"); a string so that a provincial standard may number "A3". */
    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "unit_zh", nullable = false, length = 30)
    private String unitZh;

    @Column(name = "unit_en", nullable = false, length = 50)
    private String unitEn;

    @Column(name = "requirement_zh", nullable = false, length = 300)
    private String requirementZh;

    @Column(name = "requirement_en", nullable = false, length = 300)
    private String requirementEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Selection selection;

    @Column(name = "footnote_marks", length = 10)
    private String footnoteMarks;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 30)
    private RuleKind ruleKind;

    @Column(precision = 20, scale = 6)
    private BigDecimal threshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "formula_key", nullable = false, length = 30)
    private FormulaKey formulaKey;

    @Column(name = "formula_zh", length = 300)
    private String formulaZh;

    @Column(name = "formula_en", length = 300)
    private String formulaEn;

    @Column(nullable = false, precision = 20, scale = 10)
    private BigDecimal factor;

    @Column(name = "display_scale", nullable = false)
    private int displayScale;

    /** Plausible range of a typed value (V46); null bounds leave only the column's own limit. */
    @Embedded
    private ValueRange range;

    @ElementCollection
    @CollectionTable(name = "eval_indicator_statistic", joinColumns = @JoinColumn(name = "indicator_id"))
    private List<StatisticRef> statistics = new ArrayList<>();

    // Read for a whole standard at once when its catalogue is loaded: one query per 64 indicators, not one each.
    @ElementCollection
    @BatchSize(size = 64)
    @CollectionTable(name = "eval_regional_threshold", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "region", length = 30)
    @Column(name = "threshold", nullable = false, precision = 20, scale = 6)
    private Map<String, BigDecimal> regionalThresholds = new HashMap<>();

    protected IndicatorDefinition() {
    }

    public Long getStandardId() {
        return standardId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
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

    public String getRequirementZh() {
        return requirementZh;
    }

    public String getRequirementEn() {
        return requirementEn;
    }

    public Selection getSelection() {
        return selection;
    }

    public String getFootnoteMarks() {
        return footnoteMarks;
    }

    public RuleKind getRuleKind() {
        return ruleKind;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public FormulaKey getFormulaKey() {
        return formulaKey;
    }

    public String getFormulaZh() {
        return formulaZh;
    }

    public String getFormulaEn() {
        return formulaEn;
    }

    public BigDecimal getFactor() {
        return factor;
    }

    public int getDisplayScale() {
        return displayScale;
    }

    public List<StatisticRef> getStatistics() {
        return statistics;
    }

    public Map<String, BigDecimal> getRegionalThresholds() {
        return regionalThresholds;
    }

    public ValueRange getValueRange() {
        return range;
    }
}
