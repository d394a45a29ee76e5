package ecopark.review.domain;

import ecopark.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A province's review route as its administrator keeps it: whether the park's city bureau pre-reviews before the
 * province's 初审 and 复核, and each stage's due working days. A province without one takes the default route.
 */
@Entity
@Table(name = "review_route")
public class ReviewRoute extends AbstractEntity {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 60;

    @Column(name = "province_id", nullable = false, unique = true)
    private long provinceId;

    @Column(name = "city_pre_review", nullable = false)
    private boolean cityPreReview;

    @Column(name = "pre_review_days", nullable = false)
    private int preReviewDays;

    @Column(name = "preliminary_days", nullable = false)
    private int preliminaryDays;

    @Column(name = "final_days", nullable = false)
    private int finalDays;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ReviewRoute() {
    }

    public ReviewRoute(long provinceId) {
        this.provinceId = provinceId;
    }

    public long getProvinceId() {
        return provinceId;
    }

    public boolean isCityPreReview() {
        return cityPreReview;
    }

    public int getPreReviewDays() {
        return preReviewDays;
    }

    public int getPreliminaryDays() {
        return preliminaryDays;
    }

    public int getFinalDays() {
        return finalDays;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void change(boolean cityPreReview, int preReviewDays, int preliminaryDays, int finalDays, String by,
            Instant at) {
        this.cityPreReview = cityPreReview;
        this.preReviewDays = preReviewDays;
        this.preliminaryDays = preliminaryDays;
        this.finalDays = finalDays;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
