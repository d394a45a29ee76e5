package ecopark.park.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An ecology-environment bureau and the parks it covers; reviewers and managers act for one. */
@Entity
@Table(name = "jurisdiction")
public class Jurisdiction extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int PROVINCE_MAX_LENGTH = 30;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false, length = PROVINCE_MAX_LENGTH)
    private String province;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JurisdictionLevel level = JurisdictionLevel.PROVINCIAL;

    /** The jurisdiction above this one; null for the national office and for a province standing alone. */
    @Column(name = "parent_id")
    private Long parentId;

    protected Jurisdiction() {
    }

    public Jurisdiction(String name, String province) {
        this.name = name;
        this.province = province;
    }

    public Jurisdiction(String name, String province, JurisdictionLevel level, Long parentId) {
        this(name, province);
        this.level = level;
        this.parentId = parentId;
    }

    public JurisdictionLevel getLevel() {
        return level;
    }

    public void setLevel(JurisdictionLevel level) {
        this.level = level;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }
}
