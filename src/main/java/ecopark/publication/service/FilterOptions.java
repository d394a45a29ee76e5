package ecopark.publication.service;

import ecopark.publication.domain.NamedId;
import java.util.List;

/** The values the public list's filters offer: those of the current published forms. */
public record FilterOptions(List<Integer> years, List<String> provinces, List<NamedId> jurisdictions,
        List<NamedId> parks) {
}
