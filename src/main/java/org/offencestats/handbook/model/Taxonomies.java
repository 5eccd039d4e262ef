package org.offencestats.handbook.model;

import java.util.List;

/** The maintained taxonomies from content/taxonomies. */
public record Taxonomies(List<OffenceGroup> offenceGroups, List<OffenceDefinition> offences,
                         List<OutcomeDefinition> outcomes, List<NotClassifiable> notClassifiableOutcomes) {

    public Taxonomies {
        offenceGroups = List.copyOf(offenceGroups);
        offences = List.copyOf(offences);
        outcomes = List.copyOf(outcomes);
        notClassifiableOutcomes = List.copyOf(notClassifiableOutcomes);
    }
}
