package org.offencestats.handbook.model;

import java.util.List;

/** The maintained taxonomies from content/taxonomies, with the labels each records as naming no entity. */
public record Taxonomies(List<OffenceGroup> offenceGroups, List<OffenceDefinition> offences,
                         List<NotClassifiable> notClassifiableOffences, List<OutcomeDefinition> outcomes,
                         List<NotClassifiable> notClassifiableOutcomes, List<PlatformDefinition> platforms,
                         List<NotClassifiable> notClassifiablePlatforms, List<AgeBandDefinition> ageBands,
                         List<NotClassifiable> notClassifiableAgeBands, List<PeriodKind> periodKinds) {

    public Taxonomies {
        offenceGroups = List.copyOf(offenceGroups);
        offences = List.copyOf(offences);
        notClassifiableOffences = List.copyOf(notClassifiableOffences);
        outcomes = List.copyOf(outcomes);
        notClassifiableOutcomes = List.copyOf(notClassifiableOutcomes);
        platforms = List.copyOf(platforms);
        notClassifiablePlatforms = List.copyOf(notClassifiablePlatforms);
        ageBands = List.copyOf(ageBands);
        notClassifiableAgeBands = List.copyOf(notClassifiableAgeBands);
        periodKinds = List.copyOf(periodKinds);
    }
}
