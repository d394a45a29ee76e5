package ecopark.review.service;

import java.time.Instant;
import java.util.List;

/**
 * A province's review route as the administrators' route view shows it: configured or the default, whether the
 * park's city bureau pre-reviews, the due working days per stage, and the city bureaus under the province (who would
 * pre-review). {@code version} guards against two administrators saving at once.
 */
public record ProvinceRoute(long provinceId, String provinceName, boolean configured, boolean cityPreReview,
        int preReviewDays, int preliminaryDays, int finalDays, List<String> cities, Long version, String updatedBy,
        Instant updatedAt) {

    public ProvinceRoute {
        cities = List.copyOf(cities);
    }
}
