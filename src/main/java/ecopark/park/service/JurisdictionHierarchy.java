package ecopark.park.service;

import ecopark.park.domain.Jurisdiction;
import ecopark.park.domain.JurisdictionLevel;
import ecopark.park.domain.JurisdictionRepository;
import ecopark.park.domain.ParkRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree of jurisdictions: the national office, provinces under it, city bureaus under them. Jurisdictions are a
 * few dozen rows, so each question reads them all once instead of walking the tree with one query per level. Not
 * user-secured: the access rule and the review route depend on it, and it reveals only ids and levels.
 */
@Component
@Transactional(readOnly = true)
public class JurisdictionHierarchy {

    private final JurisdictionRepository jurisdictions;
    private final ParkRepository parks;

    JurisdictionHierarchy(JurisdictionRepository jurisdictions, ParkRepository parks) {
        this.jurisdictions = jurisdictions;
        this.parks = parks;
    }

    /** A jurisdiction as the tree sees it. */
    public record Node(long id, String name, String province, JurisdictionLevel level, Long parentId) {
    }

    /** The jurisdiction and those above it, nearest first (itself, its province, the national office). */
    public List<Node> chain(long jurisdictionId) {
        Map<Long, Node> all = all();
        List<Node> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Node node = all.get(jurisdictionId);
        while (node != null && seen.add(node.id())) {
            chain.add(node);
            node = node.parentId() == null ? null : all.get(node.parentId());
        }
        return chain;
    }

    /** The jurisdiction and every one below it, at any depth: what its reviewers and managers see. */
    public Set<Long> subtree(long jurisdictionId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Node n : all().values()) {
            if (n.parentId() != null) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id());
            }
        }
        Set<Long> subtree = new LinkedHashSet<>();
        List<Long> todo = new ArrayList<>(List.of(jurisdictionId));
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            if (subtree.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return subtree;
    }

    /** The nearest jurisdiction at or above this one at the given level. */
    public Optional<Node> ancestorAt(long jurisdictionId, JurisdictionLevel level) {
        return chain(jurisdictionId).stream().filter(n -> n.level() == level).findFirst();
    }

    /** The province a park reports to: the nearest provincial jurisdiction at or above the park's own. */
    public Optional<Node> provinceOfPark(long parkId) {
        return parks.findById(parkId).flatMap(p -> ancestorAt(p.getJurisdictionId(), JurisdictionLevel.PROVINCIAL));
    }

    /** The jurisdiction's level, if it exists. */
    public Optional<JurisdictionLevel> levelOf(long jurisdictionId) {
        return jurisdictions.findById(jurisdictionId).map(Jurisdiction::getLevel);
    }

    /** Every jurisdiction at the level, by id (e.g. the provinces the national office receives packages from). */
    public List<Node> atLevel(JurisdictionLevel level) {
        return all().values().stream().filter(n -> n.level() == level)
                .sorted(java.util.Comparator.comparingLong(Node::id)).toList();
    }

    private Map<Long, Node> all() {
        Map<Long, Node> all = new HashMap<>();
        for (Jurisdiction j : jurisdictions.findAll()) {
            all.put(j.getId(), new Node(j.getId(), j.getName(), j.getProvince(), j.getLevel(), j.getParentId()));
        }
        return all;
    }
}
