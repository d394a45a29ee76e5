package ecopark.notice.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Content a notice requires in every report, e.g. 减污降碳协同增效, answered in a text field of its own. */
@Entity
@Table(name = "notice_topic")
public class NoticeTopic extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int PROMPT_MAX_LENGTH = 2000;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false, length = PROMPT_MAX_LENGTH)
    private String prompt;

    /** The title in English; null when the office gave none (the English interface then shows the Chinese). */
    @Column(name = "title_en", length = TITLE_MAX_LENGTH)
    private String titleEn;

    @Column(name = "prompt_en", length = PROMPT_MAX_LENGTH)
    private String promptEn;

    @Column(name = "min_length", nullable = false)
    private int minLength;

    protected NoticeTopic() {
    }

    public NoticeTopic(int position, String title, String titleEn, String prompt, String promptEn, int minLength) {
        update(position, title, titleEn, prompt, promptEn, minLength);
    }

    public void update(int position, String title, String titleEn, String prompt, String promptEn, int minLength) {
        this.position = position;
        this.title = title;
        this.titleEn = titleEn;
        this.prompt = prompt;
        this.promptEn = promptEn;
        this.minLength = minLength;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getPromptEn() {
        return promptEn;
    }

    public int getMinLength() {
        return minLength;
    }
}
