package ecopark.review.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditDetail;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.review.domain.ReviewRoute;
import ecopark.review.domain.ReviewRouteRepository;
import ecopark.review.process.RoutePlanner;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.OrganisationDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review route of each province, kept by the administrators: an optional pre-review by the park's city bureau,
 * then the province's 初审 and 复核 (four eyes), and each stage's due working days. A change reaches the reports
 * submitted after it; a report in review keeps the route it was submitted with.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewRouteService {

    private final ReviewRouteRepository routes;
    private final OrganisationDirectory directory;
    private final JurisdictionHierarchy hierarchy;
    private final RoutePlanner planner;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewRouteService(ReviewRouteRepository routes, OrganisationDirectory directory, JurisdictionHierarchy hierarchy,
            RoutePlanner planner, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.routes = routes;
        this.directory = directory;
        this.hierarchy = hierarchy;
        this.planner = planner;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every provincial jurisdiction with its route (the default where none is configured), by name. */
    @RolesAllowed(AppRole.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<ProvinceRoute> routes() {
        List<ProvinceRoute> result = new ArrayList<>();
        for (OrganisationDirectory.OrgUnit unit : directory.jurisdictions()) {
            if (hierarchy.levelOf(unit.id()).orElse(null) == JurisdictionLevel.PROVINCIAL) {
                result.add(route(unit.id(), unit.name()));
            }
        }
        result.sort(Comparator.comparing(ProvinceRoute::provinceName));
        return result;
    }

    /**
     * Sets a province's route. Due days are whole working days from {@value ReviewRoute#MIN_DAYS} to
     * {@value ReviewRoute#MAX_DAYS}; the pre-review's are kept while it is off, for when it is switched on again.
     */
    @RolesAllowed(AppRole.ADMIN_NAME)
    public ProvinceRoute save(long provinceId, Long expectedVersion, boolean cityPreReview, Integer preReviewDays,
            Integer preliminaryDays, Integer finalDays) {
        String name = directory.jurisdictionName(provinceId)
                .orElseThrow(() -> new BusinessRuleException("route.error.notProvince"));
        if (hierarchy.levelOf(provinceId).orElse(null) != JurisdictionLevel.PROVINCIAL) {
            throw new BusinessRuleException("route.error.notProvince");
        }
        int pre = requireDays(preReviewDays, "route.preReviewDays");
        int preliminary = requireDays(preliminaryDays, "route.preliminaryDays");
        int fin = requireDays(finalDays, "route.finalDays");
        Optional<ReviewRoute> stored = routes.findByProvinceId(provinceId);
        if (stored.isPresent() && expectedVersion != null) {
            ConcurrentEditException.requireSameVersion(expectedVersion, stored.get().getVersion());
        } else if (stored.isPresent() || expectedVersion != null) {
            // Listed as the default and configured since, or the other way round: someone else saved first.
            throw new ConcurrentEditException();
        }
        ReviewRoute route = stored.orElseGet(() -> new ReviewRoute(provinceId));
        route.change(cityPreReview, pre, preliminary, fin, currentUser.require().username(), clock.instant());
        routes.saveAndFlush(route);
        audit.record(currentUser.require().asActor(), AuditAction.REVIEW_ROUTE_SAVED, AuditSubject.REVIEW_ROUTE,
                provinceId, null, name,
                AuditDetail.key(cityPreReview ? "route.withPreReview" : "route.withoutPreReview"), pre, preliminary,
                fin);
        return route(provinceId, name);
    }

    private static int requireDays(Integer days, String fieldKey) {
        if (days == null || days < ReviewRoute.MIN_DAYS || days > ReviewRoute.MAX_DAYS) {
            throw new BusinessRuleException(fieldKey + ".error", ReviewRoute.MIN_DAYS, ReviewRoute.MAX_DAYS);
        }
        return days;
    }

    private ProvinceRoute route(long provinceId, String name) {
        List<String> cities = hierarchy.subtree(provinceId).stream()
                .filter(id -> hierarchy.levelOf(id).orElse(null) == JurisdictionLevel.CITY)
                .map(id -> directory.jurisdictionName(id).orElse("")).sorted().toList();
        RoutePlanner.Defaults defaults = planner.defaults();
        return routes.findByProvinceId(provinceId)
                .map(r -> new ProvinceRoute(provinceId, name, true, r.isCityPreReview(), r.getPreReviewDays(),
                        r.getPreliminaryDays(), r.getFinalDays(), cities, r.getVersion(), r.getUpdatedBy(),
                        r.getUpdatedAt()))
                .orElseGet(() -> new ProvinceRoute(provinceId, name, false, false, defaults.preReviewDays(),
                        defaults.preliminaryDays(), defaults.finalDays(), cities, null, null, null));
    }
}
