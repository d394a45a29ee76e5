package ecopark.park.service;

import java.util.List;

/** A bureau as a row of the administration list, with the names of the parks it covers. */
public record JurisdictionListItem(long id, String name, String province, List<String> parkNames) {
}
