package ecopark.park.service;

import ecopark.base.domain.LikePattern;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkRepository;
import ecopark.security.AccessPolicy;
import ecopark.security.ParkScope;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading parks within the user's reach. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ParkService {

    private final ParkRepository parks;
    private final JurisdictionRepository jurisdictions;
    private final AccessPolicy access;

    ParkService(ParkRepository parks, JurisdictionRepository jurisdictions, AccessPolicy access) {
        this.parks = parks;
        this.jurisdictions = jurisdictions;
        this.access = access;
    }

    /** Parks the user may reach (docs/product.md: staff their park, bureaus their jurisdiction's subtree), filtered by name or city. */
    public Page<ParkListItem> findVisible(String text, Pageable pageable) {
        ParkScope scope = access.scope();
        String filter = namePattern(text);
        Map<Long, String> bureauNames = jurisdictions.findAll().stream()
                .collect(Collectors.toMap(Jurisdiction::getId, Jurisdiction::getName));
        return parks.findInScope(scope.parkId(), !scope.byJurisdiction(), scope.jurisdictionIdsOrNone(), filter,
                pageable)
                .map(p -> toListItem(p, bureauNames::get));
    }

    /** The LIKE pattern of a name-or-city filter, its wildcards taken literally; null for no filter. */
    static String namePattern(String text) {
        return text == null || text.isBlank() ? null : LikePattern.contains(text.trim());
    }

    /** Ids of the parks the user may reach, for other features' scoped queries. */
    public List<Long> visibleParkIds() {
        ParkScope scope = access.scope();
        return parks.findInScope(scope.parkId(), !scope.byJurisdiction(), scope.jurisdictionIdsOrNone(), null,
                Pageable.unpaged())
                .map(Park::getId).getContent();
    }

    /** One park, if the user may reach it. */
    public Park get(long parkId) {
        access.requirePark(parkId);
        return parks.findById(parkId).orElseThrow(() -> new ParkNotFoundException(parkId));
    }

    static ParkListItem toListItem(Park p, Function<Long, String> bureauName) {
        return new ParkListItem(p.getId(), p.getName(), p.getProvince(), p.getCity(), p.getLevel(), p.getType(),
                p.getStatus(), p.getJurisdictionId(), bureauName.apply(p.getJurisdictionId()));
    }
}
