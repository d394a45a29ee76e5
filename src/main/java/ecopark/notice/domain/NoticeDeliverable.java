package ecopark.notice.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An extra document a notice demands, e.g. 碳达峰碳中和实施路径专项报告 as pdf or docx. */
@Entity
@Table(name = "notice_deliverable")
public class NoticeDeliverable extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX_LENGTH)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = NAME_MAX_LENGTH)
    private String nameEn;

    /** Allowed file name extensions, comma-separated and lower case: "pdf,docx". */
    @Column(name = "file_kinds", nullable = false, length = 100)
    private String fileKinds;

    @Column(nullable = false)
    private boolean required;

    protected NoticeDeliverable() {
    }

    public NoticeDeliverable(int position, String nameZh, String nameEn, String fileKinds, boolean required) {
        update(position, nameZh, nameEn, fileKinds, required);
    }

    public void update(int position, String nameZh, String nameEn, String fileKinds, boolean required) {
        this.position = position;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.fileKinds = fileKinds;
        this.required = required;
    }

    public int getPosition() {
        return position;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getFileKinds() {
        return fileKinds;
    }

    public boolean isRequired() {
        return required;
    }
}
