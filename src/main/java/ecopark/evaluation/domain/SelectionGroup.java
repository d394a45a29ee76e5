package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** "Select at least {@code minSelected} of these indicators": a selection rule of a standard version, as data. */
@Entity
@Table(name = "eval_selection_group")
public class SelectionGroup extends AbstractEntity {

    @Column(name = "standard_id", nullable = false)
    private Long standardId;

    @Column(nullable = false, length = 50)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "min_selected", nullable = false)
    private int minSelected;

    @ElementCollection
    @CollectionTable(name = "eval_selection_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "indicator_id", nullable = false)
    private Set<Long> indicatorIds = new HashSet<>();

    protected SelectionGroup() {
    }

    public SelectionGroup(Long standardId, String code, String nameZh, String nameEn, int minSelected,
            Set<Long> indicatorIds) {
        this.standardId = standardId;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.minSelected = minSelected;
        this.indicatorIds = new HashSet<>(indicatorIds);
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

    public int getMinSelected() {
        return minSelected;
    }

    public Set<Long> getIndicatorIds() {
        return indicatorIds;
    }
}
