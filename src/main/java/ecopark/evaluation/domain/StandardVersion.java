package ecopark.evaluation.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A version of the standard the indicators come from (HJ 274-2015; later a provincial standard or the 2025 draft).
 * Exactly one is active: new sheets are made with it, and a sheet keeps its version for good.
 */
@Entity
@Table(name = "eval_standard_version")
public class StandardVersion extends AbstractEntity {

    @Column(nullable = false, length = 50)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    /** The least number of optional indicators a park must select (HJ 274-2015: 6, set by an administrator). */
    @Column(name = "min_optional", nullable = false)
    private int minOptional;

    protected StandardVersion() {
    }

    public StandardVersion(String code, String nameZh, String nameEn, int minOptional) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.minOptional = minOptional;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getMinOptional() {
        return minOptional;
    }

    public void setMinOptional(int minOptional) {
        this.minOptional = minOptional;
    }
}
