package ecopark.notice.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The programme's name and the form's title for a range of report years (to_year open for the current one). */
@Entity
@Table(name = "programme_name")
public class ProgrammeNameRow extends AbstractEntity {

    @Column(name = "from_year", nullable = false)
    private int fromYear;

    @Column(name = "to_year")
    private Integer toYear;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "form_title_zh", nullable = false)
    private String formTitleZh;

    @Column(name = "form_title_en", nullable = false)
    private String formTitleEn;

    protected ProgrammeNameRow() {
    }

    public int getFromYear() {
        return fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getFormTitleZh() {
        return formTitleZh;
    }

    public String getFormTitleEn() {
        return formTitleEn;
    }
}
