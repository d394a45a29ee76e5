package ecopark.park.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    protected Jurisdiction() {
    }

    public Jurisdiction(String name, String province) {
        this.name = name;
        this.province = province;
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
