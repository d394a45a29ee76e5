package ecopark.report.domain;

import ecopark.base.domain.AbstractEntity;
import ecopark.park.domain.ParkLevel;
import ecopark.park.domain.ParkStatus;
import ecopark.park.domain.ParkType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A park's annual evaluation report for one year: the disclosure form's section 一 (basic information as disclosed
 * that year, carried over from the year before) and section 二 (five narrative sections). Section 三, the indicator
 * table, belongs to the evaluation feature and is keyed by this report's id.
 * <p>
 * Updated column by column: a status change in review (four per review cycle) writes the status, stage and version,
 * not the five narrative sections of up to 30,000 characters each again (issue 14).
 */
@Entity
@DynamicUpdate
@Table(name = "annual_report")
public class AnnualReport extends AbstractEntity {

    /** Longest narrative section: the seed's "main work" has about 9,000 characters. */
    public static final int NARRATIVE_MAX_LENGTH = 30_000;
    /** MySQL's longtext; H2 in MySQL mode reads it as a long varchar. Plain String binding works on both. */
    static final String LONG_TEXT = "longtext";
    public static final int PARK_NAME_MAX_LENGTH = 200;
    public static final int ADDRESS_MAX_LENGTH = 300;
    public static final int TYPE_NOTE_MAX_LENGTH = 100;
    public static final int PHONE_MAX_LENGTH = 30;
    public static final int EMAIL_MAX_LENGTH = 100;

    @Column(name = "park_id", nullable = false)
    private Long parkId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.DRAFT;

    /** The review stage the report is in (e.g. PRELIMINARY, FINAL), set by the review process; null outside review. */
    @Column(name = "review_stage", length = 20)
    private String reviewStage;

    @Column(name = "park_name", nullable = false, length = PARK_NAME_MAX_LENGTH)
    private String parkName;

    @Column(name = "postal_address", length = ADDRESS_MAX_LENGTH)
    private String postalAddress;

    @Column(length = 6)
    private String postcode;

    @Enumerated(EnumType.STRING)
    @Column(name = "park_level", length = 20)
    private ParkLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "park_type", length = 50)
    private ParkType type;

    @Column(name = "type_note", length = TYPE_NOTE_MAX_LENGTH)
    private String typeNote;

    @Column(length = PHONE_MAX_LENGTH)
    private String phone;

    @Column(length = EMAIL_MAX_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "park_status", length = 20)
    private ParkStatus parkStatus;

    @Column(name = "introduction", columnDefinition = LONG_TEXT)
    private String introduction;

    @Column(name = "main_work", columnDefinition = LONG_TEXT)
    private String mainWork;

    @Column(name = "achievements", columnDefinition = LONG_TEXT)
    private String achievements;

    @Column(name = "problems", columnDefinition = LONG_TEXT)
    private String problems;

    @Column(name = "next_plan", columnDefinition = LONG_TEXT)
    private String nextPlan;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    /**
     * The answers to the narrative topics of the year's annual notice, by topic id. Loaded only when asked for: a
     * status change in review never reads them.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_topic_answer", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "topic_id")
    @Column(name = "answer", columnDefinition = LONG_TEXT)
    private Map<Long, String> topicAnswers = new HashMap<>();

    protected AnnualReport() {
    }

    public AnnualReport(long parkId, int year, String createdBy, Instant createdAt) {
        this.parkId = parkId;
        this.year = year;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    /** The answer to a topic of the year's notice, null when none is written. */
    public String topicAnswer(long topicId) {
        return topicAnswers.get(topicId);
    }

    /** Every answer written, by topic id. */
    public Map<Long, String> topicAnswers() {
        return Map.copyOf(topicAnswers);
    }

    /** Keeps the answer; an empty one is removed, so no empty row stands for "answered". */
    public void setTopicAnswer(long topicId, String answer) {
        if (answer == null || answer.isEmpty()) {
            topicAnswers.remove(topicId);
        } else {
            topicAnswers.put(topicId, answer);
        }
    }

    public String narrative(NarrativeSection section) {
        return switch (section) {
            case INTRODUCTION -> introduction;
            case MAIN_WORK -> mainWork;
            case ACHIEVEMENTS -> achievements;
            case PROBLEMS -> problems;
            case NEXT_PLAN -> nextPlan;
        };
    }

    public void setNarrative(NarrativeSection section, String text) {
        switch (section) {
            case INTRODUCTION -> introduction = text;
            case MAIN_WORK -> mainWork = text;
            case ACHIEVEMENTS -> achievements = text;
            case PROBLEMS -> problems = text;
            case NEXT_PLAN -> nextPlan = text;
        }
    }

    /** Section 一 as the report states it. */
    public BasicInformation basicInformation() {
        return new BasicInformation(parkName, postalAddress, postcode, level, type, typeNote, phone, email, parkStatus);
    }

    /** Replaces section 一; the "other" note is kept only for the type "other". */
    public void setBasicInformation(BasicInformation basic) {
        this.parkName = basic.parkName();
        this.postalAddress = basic.postalAddress();
        this.postcode = basic.postcode();
        this.level = basic.level();
        this.type = basic.type();
        this.typeNote = basic.type() == ParkType.OTHER ? basic.typeNote() : null;
        this.phone = basic.phone();
        this.email = basic.email();
        this.parkStatus = basic.parkStatus();
    }

    /** Records who changed the report last, for the report list ("last change and by whom"). */
    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getParkId() {
        return parkId;
    }

    public int getYear() {
        return year;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public String getReviewStage() {
        return reviewStage;
    }

    public void setReviewStage(String reviewStage) {
        this.reviewStage = reviewStage;
    }

    public String getParkName() {
        return parkName;
    }

    public void setParkName(String parkName) {
        this.parkName = parkName;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public ParkLevel getLevel() {
        return level;
    }

    public void setLevel(ParkLevel level) {
        this.level = level;
    }

    public ParkType getType() {
        return type;
    }

    public void setType(ParkType type) {
        this.type = type;
    }

    public String getTypeNote() {
        return typeNote;
    }

    public void setTypeNote(String typeNote) {
        this.typeNote = typeNote;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ParkStatus getParkStatus() {
        return parkStatus;
    }

    public void setParkStatus(ParkStatus parkStatus) {
        this.parkStatus = parkStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
