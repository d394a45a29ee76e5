package ecopark.park.service;

import ecopark.base.audit.AuditAction;
import ecopark.base.audit.AuditSubject;
import ecopark.base.audit.AuditTrail;
import ecopark.base.domain.BusinessRuleException;
import ecopark.base.domain.ConcurrentEditException;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.Park;
import ecopark.park.domain.ParkRepository;
import ecopark.park.domain.ParkType;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.ParkScope;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of parks and jurisdictions: administrators only. Every rule the park form shows is checked here
 * again, so no other caller can store a park the form would refuse; each refusal carries the translation key the
 * form shows next to its field.
 */
@Service
@Transactional
@RolesAllowed(AppRole.ADMIN_NAME)
public class ParkAdminService {

    private final ParkRepository parks;
    private final JurisdictionRepository jurisdictions;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    ParkAdminService(ParkRepository parks, JurisdictionRepository jurisdictions, Clock clock, AuditTrail audit,
            CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.parks = parks;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Park> allParks() {
        return parks.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Jurisdiction> allJurisdictions() {
        return jurisdictions.findAllByOrderByNameAsc();
    }

    /** A page of all parks whose name or city contains the text, by name unless sorted otherwise. */
    @Transactional(readOnly = true)
    public Page<ParkListItem> findParks(String text, Pageable pageable) {
        String filter = ParkService.namePattern(text);
        Pageable sorted = pageable.isPaged() && pageable.getSort().isUnsorted()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"))
                : pageable;
        Map<Long, String> bureauNames = jurisdictions.findAll().stream()
                .collect(Collectors.toMap(Jurisdiction::getId, Jurisdiction::getName));
        return parks.findInScope(null, true, ParkScope.ALL.jurisdictionIdsOrNone(), filter, sorted)
                .map(p -> ParkService.toListItem(p, bureauNames::get));
    }

    /** How many parks {@link #findParks} finds for the text. */
    @Transactional(readOnly = true)
    public long countParks(String text) {
        String filter = ParkService.namePattern(text);
        return parks.findInScope(null, true, ParkScope.ALL.jurisdictionIdsOrNone(), filter, PageRequest.of(0, 1))
                .getTotalElements();
    }

    /** A park to edit; saving it back with {@link #save(Park)} is refused if someone else saved it meanwhile. */
    @Transactional(readOnly = true)
    public Park getPark(long parkId) {
        return parks.findById(parkId).orElseThrow(() -> new ParkNotFoundException(parkId));
    }

    /**
     * Saves a park. Names are unique; a park belongs to an existing bureau; province, city and street are
     * required; postcode (six digits), phone (landline with area code or mobile) and e-mail are optional but must
     * be well-formed; the type "other" needs its note; the construction base year lies between
     * {@value Park#MIN_BASE_YEAR} and this year. An edit of a park that someone else saved since it was read is
     * refused ({@link ConcurrentEditException}).
     */
    public Park save(Park park) {
        normalise(park);
        validate(park);
        if (!park.isNew()) {
            Park stored = parks.findById(park.getId()).orElseThrow(() -> new ParkNotFoundException(park.getId()));
            ConcurrentEditException.requireSameVersion(park.getVersion(), stored.getVersion());
        }
        boolean nameTaken = park.isNew() ? parks.existsByName(park.getName())
                : parks.existsByNameAndIdNot(park.getName(), park.getId());
        if (nameTaken) {
            throw new BusinessRuleException("park.error.nameTaken", park.getName());
        }
        boolean created = park.isNew();
        Park saved = parks.saveAndFlush(park);
        audit.record(currentUser.require().asActor(), created ? AuditAction.PARK_CREATED : AuditAction.PARK_UPDATED, AuditSubject.PARK, saved.getId(), saved.getId(), saved.getName());
        return saved;
    }

    /** The bureaus with the parks each covers, by name. */
    @Transactional(readOnly = true)
    public List<JurisdictionListItem> jurisdictionsWithParks() {
        Map<Long, List<String>> parkNames = parks.findAllByOrderByNameAsc().stream()
                .collect(Collectors.groupingBy(Park::getJurisdictionId,
                        Collectors.mapping(Park::getName, Collectors.toList())));
        return jurisdictions.findAllByOrderByNameAsc().stream()
                .map(j -> new JurisdictionListItem(j.getId(), j.getName(), j.getProvince(),
                        parkNames.getOrDefault(j.getId(), List.of())))
                .toList();
    }

    /** A bureau to edit. */
    @Transactional(readOnly = true)
    public Jurisdiction getJurisdiction(long jurisdictionId) {
        return jurisdictions.findById(jurisdictionId)
                .orElseThrow(() -> new BusinessRuleException("jurisdiction.error.notFound", jurisdictionId));
    }

    /** Saves a bureau: name and province are required, names are unique; a stale edit is refused. */
    public Jurisdiction save(Jurisdiction jurisdiction) {
        jurisdiction.setName(trim(jurisdiction.getName()));
        jurisdiction.setProvince(trim(jurisdiction.getProvince()));
        requireText(jurisdiction.getName(), Jurisdiction.NAME_MAX_LENGTH, "jurisdiction.error.nameRequired",
                "jurisdiction.error.nameTooLong");
        requireText(jurisdiction.getProvince(), Jurisdiction.PROVINCE_MAX_LENGTH,
                "jurisdiction.error.provinceRequired", "jurisdiction.error.provinceTooLong");
        if (!jurisdiction.isNew()) {
            ConcurrentEditException.requireSameVersion(jurisdiction.getVersion(),
                    getJurisdiction(jurisdiction.getId()).getVersion());
        }
        boolean nameTaken = jurisdiction.isNew() ? jurisdictions.existsByName(jurisdiction.getName())
                : jurisdictions.existsByNameAndIdNot(jurisdiction.getName(), jurisdiction.getId());
        if (nameTaken) {
            throw new BusinessRuleException("jurisdiction.error.nameTaken", jurisdiction.getName());
        }
        boolean created = jurisdiction.isNew();
        Jurisdiction saved = jurisdictions.saveAndFlush(jurisdiction);
        audit.record(currentUser.require().asActor(), created ? AuditAction.JURISDICTION_CREATED : AuditAction.JURISDICTION_UPDATED, AuditSubject.JURISDICTION, saved.getId(), null, saved.getName());
        return saved;
    }

    @Transactional(readOnly = true)
    public boolean hasAnyPark() {
        return parks.count() > 0;
    }

    /** The latest construction base year a park may have: the current one. */
    @Transactional(readOnly = true)
    public int latestBaseYear() {
        return Year.now(clock).getValue();
    }

    private static void normalise(Park park) {
        park.setName(trim(park.getName()));
        park.setProvince(trim(park.getProvince()));
        park.setCity(trim(park.getCity()));
        park.setStreetAddress(trim(park.getStreetAddress()));
        park.setPostcode(trim(park.getPostcode()));
        park.setPhone(trim(park.getPhone()));
        park.setEmail(trim(park.getEmail()));
        // A note belongs only to the type "other"; a stale one must not reappear on the form later.
        park.setTypeNote(park.getType() == ParkType.OTHER ? trim(park.getTypeNote()) : null);
    }

    private void validate(Park park) {
        requireText(park.getName(), Park.NAME_MAX_LENGTH, "park.error.nameRequired", "park.error.nameTooLong");
        if (park.getJurisdictionId() == null || !jurisdictions.existsById(park.getJurisdictionId())) {
            throw new BusinessRuleException("park.error.jurisdictionRequired");
        }
        requireText(park.getProvince(), Park.PROVINCE_MAX_LENGTH, "park.error.provinceRequired",
                "park.error.provinceTooLong");
        requireText(park.getCity(), Park.CITY_MAX_LENGTH, "park.error.cityRequired", "park.error.cityTooLong");
        requireText(park.getStreetAddress(), Park.ADDRESS_MAX_LENGTH, "park.error.addressRequired",
                "park.error.addressTooLong");
        if (park.getPostcode() != null && !Park.POSTCODE_PATTERN.matcher(park.getPostcode()).matches()) {
            throw new BusinessRuleException("park.error.postcode");
        }
        if (park.getLevel() == null) {
            throw new BusinessRuleException("park.error.levelRequired");
        }
        if (park.getType() == null) {
            throw new BusinessRuleException("park.error.typeRequired");
        }
        if (park.getType() == ParkType.OTHER) {
            requireText(park.getTypeNote(), Park.TYPE_NOTE_MAX_LENGTH, "park.error.typeNoteRequired",
                    "park.error.typeNoteTooLong");
        }
        if (park.getPhone() != null && (park.getPhone().length() > Park.PHONE_MAX_LENGTH
                || !Park.PHONE_PATTERN.matcher(park.getPhone()).matches())) {
            throw new BusinessRuleException("park.error.phone");
        }
        if (park.getEmail() != null && (park.getEmail().length() > Park.EMAIL_MAX_LENGTH
                || !Park.EMAIL_PATTERN.matcher(park.getEmail()).matches())) {
            throw new BusinessRuleException("park.error.email");
        }
        if (park.getStatus() == null) {
            throw new BusinessRuleException("park.error.statusRequired");
        }
        int latest = latestBaseYear();
        if (park.getConstructionBaseYear() < Park.MIN_BASE_YEAR || park.getConstructionBaseYear() > latest) {
            // Years as text: MessageFormat would print 2,016.
            throw new BusinessRuleException("park.error.baseYear", String.valueOf(Park.MIN_BASE_YEAR),
                    String.valueOf(latest));
        }
        if (park.getWaterRegion() == null) {
            throw new BusinessRuleException("park.error.waterRegionRequired");
        }
    }

    private static void requireText(String value, int maxLength, String requiredKey, String tooLongKey) {
        if (value == null) {
            throw new BusinessRuleException(requiredKey);
        }
        if (value.length() > maxLength) {
            throw new BusinessRuleException(tooLongKey, maxLength);
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
