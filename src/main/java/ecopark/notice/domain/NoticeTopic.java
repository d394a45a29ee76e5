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

    @Column(name = "min_length", nullable = false)
    private int minLength;

    protected NoticeTopic() {
    }

    public NoticeTopic(int position, String title, String prompt, int minLength) {
        update(position, title, prompt, minLength);
    }

    public void update(int position, String title, String prompt, int minLength) {
        this.position = position;
        this.title = title;
        this.prompt = prompt;
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

    public int getMinLength() {
        return minLength;
    }
}
