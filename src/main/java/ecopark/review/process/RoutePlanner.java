package ecopark.review.process;

import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.review.domain.ReviewRoute;
import ecopark.review.domain.ReviewRouteRepository;
import ecopark.review.domain.ReviewStage;
import ecopark.review.domain.RoutePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The route a park's report takes when it is submitted now: the province's route if its administrator configured one
 * (an optional 预审 by the park's city bureau, then the province's 初审 and 复核), else the default — the park's own
 * bureau's 初审 and 复核 in the configured due days, exactly as before routes existed. The province is the nearest
 * provincial jurisdiction at or above the park's. For a bureau standing alone at provincial level (every bureau after
 * V55) both read the same; for a city bureau the province takes over once the province's route is saved, so that
 * putting jurisdictions into a tree never moves reports in review or the next ones until an administrator decides.
 */
@Component
public class RoutePlanner {

    private final JurisdictionHierarchy hierarchy;
    private final ReviewRouteRepository routes;
    private final Defaults defaults;

    RoutePlanner(JurisdictionHierarchy hierarchy, ReviewRouteRepository routes,
            @Value("${ecopark.review.pre-review-working-days:5}") int preReviewDays,
            @Value("${ecopark.review.preliminary-working-days:10}") int preliminaryDays,
            @Value("${ecopark.review.final-working-days:5}") int finalDays) {
        this.hierarchy = hierarchy;
        this.routes = routes;
        this.defaults = new Defaults(preReviewDays, preliminaryDays, finalDays);
    }

    /** The due working days a province without a route of its own gets; the route view starts from them. */
    public record Defaults(int preReviewDays, int preliminaryDays, int finalDays) {
    }

    public Defaults defaults() {
        return defaults;
    }

    /** The stages for a report of a park of the given jurisdiction, submitted now. */
    public RoutePlan plan(long parkJurisdictionId) {
        List<JurisdictionHierarchy.Node> chain = hierarchy.chain(parkJurisdictionId);
        Optional<JurisdictionHierarchy.Node> province = chain.stream()
                .filter(n -> n.level() == JurisdictionLevel.PROVINCIAL).findFirst();
        Optional<ReviewRoute> route = province.flatMap(p -> routes.findByProvinceId(p.id()));
        long reviewing = route.isPresent() ? province.get().id() : parkJurisdictionId;
        List<RoutePlan.Stage> stages = new ArrayList<>();
        if (route.isPresent() && route.get().isCityPreReview()) {
            // The park's city bureau: a city level below the province on the park's chain.
            chain.stream().takeWhile(n -> n.id() != reviewing).filter(n -> n.level() == JurisdictionLevel.CITY)
                    .findFirst().ifPresent(city -> stages.add(new RoutePlan.Stage(ReviewStage.PRE_REVIEW, city.id(),
                            route.get().getPreReviewDays())));
        }
        stages.add(new RoutePlan.Stage(ReviewStage.PRELIMINARY, reviewing,
                route.map(ReviewRoute::getPreliminaryDays).orElse(defaults.preliminaryDays())));
        stages.add(new RoutePlan.Stage(ReviewStage.FINAL, reviewing,
                route.map(ReviewRoute::getFinalDays).orElse(defaults.finalDays())));
        return new RoutePlan(stages);
    }
}
