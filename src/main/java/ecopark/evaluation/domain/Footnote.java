package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A footnote mark of the indicator table with its text, editable by administrators. HJ 274-2015 footnote a lets a
 * dominant industry's clean-production level-1 value replace the threshold ({@link #isIndustryOverride()}).
 */
@Entity
@Table(name = "eval_footnote")
public class Footnote extends AbstractEntity {

    public static final int TEXT_MAX_LENGTH = 2000;

    @Column(name = "standard_id", nullable = false)
    private Long standardId;

    @Column(nullable = false, length = 5)
    private String mark;

    @Column(name = "text_zh", nullable = false, length = TEXT_MAX_LENGTH)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = TEXT_MAX_LENGTH)
    private String textEn;

    @Column(name = "industry_override", nullable = false)
    private boolean industryOverride;

    protected Footnote() {
    }

    public Long getStandardId() {
        return standardId;
    }

    public String getMark() {
        return mark;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTexts(String textZh, String textEn) {
        this.textZh = textZh;
        this.textEn = textEn;
    }

    public boolean isIndustryOverride() {
        return industryOverride;
    }
}
