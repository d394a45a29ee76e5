package ecopark.desk.service;

import ecopark.desk.service.ProvinceAttainmentRow.CategoryRate;
import ecopark.desk.service.ProvinceAttainmentRow.MissedIndicator;
import ecopark.opendata.service.IndicatorFilter;
import ecopark.opendata.service.IndicatorRecord;
import ecopark.opendata.service.OpenIndicators;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.service.JurisdictionHierarchy;
import ecopark.park.service.JurisdictionHierarchy.Node;
import ecopark.park.service.ParkListItem;
import ecopark.park.service.ParkService;
import ecopark.publication.service.PublicForms;
import ecopark.security.AppRole;
import ecopark.security.CurrentUser;
import ecopark.security.SignedInUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Per-province attainment of the indicators (达标率) for a report year, the national desk's chart: the current
 * published forms of the year (open data, a superseded form never counts), each park grouped under the provincial
 * jurisdiction it reports to in today's hierarchy (Changchun under 吉林省生态环境厅 through its city bureau, Tianjin's
 * park under 天津市生态环境局) rather than by the province written on the form.
 *
 * <p>Who reads it ({@link #mayRead()}): the national office's managers and administrators every province; a
 * province's manager only its own province's row. Nobody else: a city bureau's figures are not a province's, and
 * reviewers review rather than oversee. Deliberately not transactional: the forms are read in batches, each in a
 * transaction of its own ({@link OpenIndicators}).
 */
@Service
public class ProvinceAttainment {

    /** How many of the indicators most often not met a row names. */
    public static final int MOST_MISSED = 5;

    private final OpenIndicators indicators;
    private final PublicForms forms;
    private final ParkService parks;
    private final JurisdictionHierarchy hierarchy;
    private final CurrentUser currentUser;

    ProvinceAttainment(OpenIndicators indicators, PublicForms forms, ParkService parks,
            JurisdictionHierarchy hierarchy, CurrentUser currentUser) {
        this.indicators = indicators;
        this.forms = forms;
        this.parks = parks;
        this.hierarchy = hierarchy;
        this.currentUser = currentUser;
    }

    /**
     * Whether the current user reads the attainment: an administrator, a manager of the national office, or a
     * province's manager (its own province only, {@link #rows}). The one place this rule is written.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayRead() {
        SignedInUser user = currentUser.require();
        if (user.system() || user.is(AppRole.ADMIN)) {
            return true;
        }
        return managerLevel(user).filter(l -> l != JurisdictionLevel.CITY).isPresent();
    }

    /** The report years with a current published form, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Integer> years() {
        requireRead();
        return forms.filterOptions().years();
    }

    /**
     * One row per province with parks (a province's manager: its own row only), the best rate first, provinces
     * whose parks assessed nothing of the year last, each group by name.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ProvinceAttainmentRow> rows(int year) {
        SignedInUser user = requireRead();
        Long onlyProvince = managerLevel(user).filter(JurisdictionLevel.PROVINCIAL::equals).isPresent()
                ? user.jurisdictionId() : null;

        // Every park the user reaches (all of them for the national office and administrators), by province.
        Map<Long, Optional<Node>> provinceOfJurisdiction = new HashMap<>();
        Map<Long, Node> provinceOfPark = new HashMap<>();
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        for (ParkListItem park : parks.findVisible(null, Pageable.unpaged())) {
            Optional<Node> province = provinceOfJurisdiction.computeIfAbsent(park.jurisdictionId(), this::provinceOf);
            if (province.isEmpty() || onlyProvince != null && province.get().id() != onlyProvince) {
                continue;
            }
            provinceOfPark.put(park.id(), province.get());
            tallies.computeIfAbsent(province.get().id(), id -> new Tally(province.get())).parks.add(park.id());
        }

        Map<String, Integer> categoryOrder = new LinkedHashMap<>();
        Map<String, Integer> indicatorOrder = new LinkedHashMap<>();
        indicators.forEach(indicators.select(new IndicatorFilter(year, null, null, null, null, null, false)), row -> {
            Node province = provinceOfPark.get(row.parkId());
            if (!row.current() || province == null) {
                return; // a superseded form, or a park outside the user's reach
            }
            categoryOrder.putIfAbsent(row.categoryZh(), categoryOrder.size());
            indicatorOrder.putIfAbsent(row.code(), indicatorOrder.size());
            tallies.get(province.id()).add(row);
        });

        Comparator<ProvinceAttainmentRow> order = Comparator
                .comparing(ProvinceAttainmentRow::rate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ProvinceAttainmentRow::provinceName);
        return tallies.values().stream().map(t -> t.row(categoryOrder, indicatorOrder)).sorted(order).toList();
    }

    private SignedInUser requireRead() {
        if (!mayRead()) {
            throw new AccessDeniedException(currentUser.require() + " may not read the provinces' attainment");
        }
        return currentUser.require();
    }

    private Optional<JurisdictionLevel> managerLevel(SignedInUser user) {
        return user.is(AppRole.MANAGER) && user.jurisdictionId() != null ? hierarchy.levelOf(user.jurisdictionId())
                : Optional.empty();
    }

    /**
     * The provincial jurisdiction at or above this one; for a bureau an administrator left without a province, the
     * highest bureau of its chain below the national office, so that its parks are still shown.
     */
    private Optional<Node> provinceOf(long jurisdictionId) {
        List<Node> chain = hierarchy.chain(jurisdictionId);
        return chain.stream().filter(n -> n.level() == JurisdictionLevel.PROVINCIAL).findFirst()
                .or(() -> chain.stream().filter(n -> n.level() != JurisdictionLevel.NATIONAL)
                        .reduce((lower, higher) -> higher));
    }

    /** The counts of one province while the rows are read. */
    private static final class Tally {

        final Node province;
        final Set<Long> parks = new HashSet<>();
        final Set<Long> published = new HashSet<>();
        final Map<String, Counts> categories = new HashMap<>();
        final Map<String, Missed> missed = new HashMap<>();
        final Counts all = new Counts(null);

        Tally(Node province) {
            this.province = province;
        }

        void add(IndicatorRecord row) {
            published.add(row.parkId());
            if (row.met() == null) {
                return; // not assessed
            }
            Counts category = categories.computeIfAbsent(row.categoryZh(), k -> new Counts(row.categoryEn()));
            all.add(row.met());
            category.add(row.met());
            if (!row.met()) {
                missed.computeIfAbsent(row.code(), k -> new Missed(row.nameZh(), row.nameEn())).parks
                        .add(row.parkId());
            }
        }

        ProvinceAttainmentRow row(Map<String, Integer> categoryOrder, Map<String, Integer> indicatorOrder) {
            List<CategoryRate> rates = new ArrayList<>();
            categories.entrySet().stream().sorted(Comparator.comparing(e -> categoryOrder.get(e.getKey())))
                    .forEach(e -> rates.add(new CategoryRate(e.getKey(), e.getValue().en, e.getValue().assessed,
                            e.getValue().met, ProvinceAttainmentRow.percent(e.getValue().met, e.getValue().assessed))));
            List<MissedIndicator> most = missed.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Missed>>comparingInt(e -> -e.getValue().parks.size())
                            .thenComparing(e -> indicatorOrder.get(e.getKey())))
                    .limit(MOST_MISSED)
                    .map(e -> new MissedIndicator(e.getKey(), e.getValue().nameZh, e.getValue().nameEn,
                            e.getValue().parks.size()))
                    .toList();
            String region = province.province() == null || province.province().isBlank() ? province.name()
                    : province.province();
            return new ProvinceAttainmentRow(province.id(), province.name(), region, published.size(),
                    parks.size(), all.assessed, all.met, ProvinceAttainmentRow.percent(all.met, all.assessed), rates,
                    most);
        }
    }

    private static final class Counts {

        final String en;
        int assessed;
        int met;

        Counts(String en) {
            this.en = en;
        }

        void add(boolean wasMet) {
            assessed++;
            if (wasMet) {
                met++;
            }
        }
    }

    private static final class Missed {

        final String nameZh;
        final String nameEn;
        final Set<Long> parks = new HashSet<>();

        Missed(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }
    }
}
