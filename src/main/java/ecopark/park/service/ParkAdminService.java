package ecopark.park.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkRepository;
import ecopark.security.AppRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of parks and jurisdictions: administrators only. */
@Service
@Transactional
@RolesAllowed(AppRole.ADMIN_NAME)
public class ParkAdminService {

    private final ParkRepository parks;
    private final JurisdictionRepository jurisdictions;

    ParkAdminService(ParkRepository parks, JurisdictionRepository jurisdictions) {
        this.parks = parks;
        this.jurisdictions = jurisdictions;
    }

    @Transactional(readOnly = true)
    public List<Park> allParks() {
        return parks.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Jurisdiction> allJurisdictions() {
        return jurisdictions.findAllByOrderByNameAsc();
    }

    /** Saves a park; names are unique, and a park must belong to an existing jurisdiction. */
    public Park save(Park park) {
        if (park.isNew() && parks.existsByName(park.getName())) {
            throw new BusinessRuleException("park.error.nameTaken", park.getName());
        }
        if (park.getJurisdictionId() == null || !jurisdictions.existsById(park.getJurisdictionId())) {
            throw new BusinessRuleException("park.error.jurisdictionRequired");
        }
        return parks.saveAndFlush(park);
    }

    /** Saves a jurisdiction; names are unique. */
    public Jurisdiction save(Jurisdiction jurisdiction) {
        if (jurisdiction.isNew() && jurisdictions.existsByName(jurisdiction.getName())) {
            throw new BusinessRuleException("jurisdiction.error.nameTaken", jurisdiction.getName());
        }
        return jurisdictions.saveAndFlush(jurisdiction);
    }

    @Transactional(readOnly = true)
    public boolean hasAnyPark() {
        return parks.count() > 0;
    }
}
