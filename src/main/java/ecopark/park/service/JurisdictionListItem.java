package ecopark.park.service;

import ecopark.park.domain.JurisdictionLevel;
import java.util.List;

/**
 * A bureau as a row of the administration list: its level, the bureau above it (null: none) and the names of the
 * parks it covers.
 */
public record JurisdictionListItem(long id, String name, String province, JurisdictionLevel level, Long parentId,
        String parentName, List<String> parkNames) {
}
