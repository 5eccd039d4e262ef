package org.offencestats.handbook.render;

import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.model.Taxonomies;

import java.util.Map;
import java.util.TreeMap;

/** Display names of offence codes and outcome types, from the taxonomies. */
final class EntityNames {

    private final Map<String, OffenceDefinition> offences = new TreeMap<>();
    private final Map<String, OutcomeDefinition> outcomes = new TreeMap<>();

    EntityNames(Taxonomies taxonomies) {
        taxonomies.offences().forEach(o -> offences.put(o.code(), o));
        taxonomies.outcomes().forEach(o -> outcomes.put(o.type(), o));
    }

    String offence(String code) {
        OffenceDefinition o = offences.get(code);
        return o == null ? "" : o.description();
    }

    String outcome(String type) {
        OutcomeDefinition o = outcomes.get(type);
        return o == null ? "" : o.name();
    }

    OffenceDefinition offenceDefinition(String code) {
        return offences.get(code);
    }

    OutcomeDefinition outcomeDefinition(String type) {
        return outcomes.get(type);
    }
}
