package ecopark.park.service;

import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkRepository;
import ecopark.security.OrganisationDirectory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and the park → jurisdiction relation for security's access rule. Not user-secured: the access rule
 * itself depends on it, and it reveals only names.
 */
@Component
@Transactional(readOnly = true)
class ParkDirectory implements OrganisationDirectory {

    private final ParkRepository parks;
    private final JurisdictionRepository jurisdictions;
    private final JurisdictionHierarchy hierarchy;

    ParkDirectory(ParkRepository parks, JurisdictionRepository jurisdictions, JurisdictionHierarchy hierarchy) {
        this.parks = parks;
        this.jurisdictions = jurisdictions;
        this.hierarchy = hierarchy;
    }

    @Override
    public Set<Long> subtree(long jurisdictionId) {
        Optional<JurisdictionLevel> level = hierarchy.levelOf(jurisdictionId);
        if (level.isEmpty()) {
            return Set.of();
        }
        if (level.get() == JurisdictionLevel.NATIONAL) {
            // The national office oversees the whole programme, also a province an administrator left without parent.
            return jurisdictions.findAll().stream().map(Jurisdiction::getId).collect(Collectors.toSet());
        }
        return hierarchy.subtree(jurisdictionId);
    }

    @Override
    public List<Long> chain(long jurisdictionId) {
        return hierarchy.chain(jurisdictionId).stream().map(JurisdictionHierarchy.Node::id).toList();
    }

    @Override
    public Optional<Long> jurisdictionOfPark(long parkId) {
        return parks.findById(parkId).map(Park::getJurisdictionId);
    }

    @Override
    public Optional<String> parkName(long parkId) {
        return parks.findById(parkId).map(Park::getName);
    }

    @Override
    public Optional<String> jurisdictionName(long jurisdictionId) {
        return jurisdictions.findById(jurisdictionId).map(Jurisdiction::getName);
    }

    @Override
    public List<OrgUnit> parks() {
        return parks.findAllByOrderByNameAsc().stream().map(p -> new OrgUnit(p.getId(), p.getName())).toList();
    }

    @Override
    public List<OrgUnit> jurisdictions() {
        return jurisdictions.findAllByOrderByNameAsc().stream().map(j -> new OrgUnit(j.getId(), j.getName())).toList();
    }
}
