package ecopark.park.service;

import ecopark.base.domain.BusinessRuleException;
import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.ParkRepository;
import ecopark.security.service.AccountDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The shape of the jurisdiction tree, checked whenever an administrator saves a bureau (docs/product.md, "Bureaus
 * and their levels"). Each refusal carries the translation key the form shows next to the level or parent field:
 * <ul>
 * <li>one national office, at the top (no parent);</li>
 * <li>a province stands under the national office, or alone (the national office reaches it all the same);</li>
 * <li>a city stands under a province;</li>
 * <li>no bureau is its own ancestor;</li>
 * <li>a bureau with bureaus under it keeps its level: they would stand under the wrong level;</li>
 * <li>a bureau with parks or accounts does not become the national office: parks belong to the lowest bureau and
 * report through their province, and the bureau's reviewers and managers would suddenly reach every park in the
 * country. Between province and city a bureau in use may move (V55 put every existing bureau at provincial level, and
 * a city bureau must then be placed under its province): its parks stay its own and its accounts reach no more
 * than before, since a bureau with cities under it cannot become a city.</li>
 * </ul>
 */
@Component
class JurisdictionRules {

    private final JurisdictionRepository jurisdictions;
    private final ParkRepository parks;
    private final AccountDirectory accounts;

    JurisdictionRules(JurisdictionRepository jurisdictions, ParkRepository parks, AccountDirectory accounts) {
        this.jurisdictions = jurisdictions;
        this.parks = parks;
        this.accounts = accounts;
    }

    /** Throws the first rule the bureau, as it would be saved, breaks. */
    void check(Jurisdiction j) {
        if (j.getLevel() == null) {
            throw new BusinessRuleException("jurisdiction.error.levelRequired");
        }
        Map<Long, Jurisdiction> all = jurisdictions.findAll().stream()
                .collect(Collectors.toMap(Jurisdiction::getId, Function.identity()));
        Jurisdiction stored = j.isNew() ? null : all.get(j.getId());
        boolean levelChanges = stored != null && stored.getLevel() != j.getLevel();
        if (levelChanges && all.values().stream().anyMatch(c -> Objects.equals(c.getParentId(), j.getId()))) {
            throw new BusinessRuleException("jurisdiction.error.levelHasChildren",
                    stored.getLevel().labelKey());
        }
        Jurisdiction parent = j.getParentId() == null ? null : all.get(j.getParentId());
        if (j.getParentId() != null && parent == null) {
            throw new BusinessRuleException("jurisdiction.error.parentNotFound", j.getParentId());
        }
        switch (j.getLevel()) {
            case NATIONAL -> checkNational(j, all.values(), parent, levelChanges || stored == null);
            case PROVINCIAL -> {
                if (parent != null && parent.getLevel() != JurisdictionLevel.NATIONAL) {
                    throw new BusinessRuleException("jurisdiction.error.provinceParent");
                }
            }
            case CITY -> {
                if (parent == null || parent.getLevel() != JurisdictionLevel.PROVINCIAL) {
                    throw new BusinessRuleException("jurisdiction.error.cityParent");
                }
            }
        }
        requireNoCycle(j, all);
    }

    private void checkNational(Jurisdiction j, java.util.Collection<Jurisdiction> all, Jurisdiction parent,
            boolean becomesNational) {
        if (becomesNational && !j.isNew()) {
            if (!parks.findAllByJurisdictionIdOrderByNameAsc(j.getId()).isEmpty()) {
                throw new BusinessRuleException("jurisdiction.error.nationalWithParks");
            }
            if (accounts.anyBoundTo(j.getId())) {
                throw new BusinessRuleException("jurisdiction.error.nationalWithAccounts");
            }
        }
        boolean another = all.stream()
                .anyMatch(o -> o.getLevel() == JurisdictionLevel.NATIONAL && !Objects.equals(o.getId(), j.getId()));
        if (another) {
            throw new BusinessRuleException("jurisdiction.error.nationalExists");
        }
        if (parent != null) {
            throw new BusinessRuleException("jurisdiction.error.nationalHasParent");
        }
    }

    /** The bureau must not appear among its own ancestors (the levels forbid it; checked so data never loops). */
    private static void requireNoCycle(Jurisdiction j, Map<Long, Jurisdiction> all) {
        Set<Long> seen = new HashSet<>();
        Long next = j.getParentId();
        while (next != null) {
            if ((j.getId() != null && next.equals(j.getId())) || !seen.add(next)) {
                throw new BusinessRuleException("jurisdiction.error.cycle");
            }
            Jurisdiction up = all.get(next);
            next = up == null ? null : up.getParentId();
        }
    }

    /** The bureaus a bureau of this level may stand under, by name: none for the national office. */
    List<Jurisdiction> possibleParents(JurisdictionLevel level, Long self) {
        JurisdictionLevel above = level == null ? null : switch (level) {
            case NATIONAL -> null;
            case PROVINCIAL -> JurisdictionLevel.NATIONAL;
            case CITY -> JurisdictionLevel.PROVINCIAL;
        };
        return jurisdictions.findAllByOrderByNameAsc().stream()
                .filter(p -> p.getLevel() == above && !Objects.equals(p.getId(), self)).toList();
    }
}
