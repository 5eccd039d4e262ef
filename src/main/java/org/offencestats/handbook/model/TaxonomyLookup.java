package org.offencestats.handbook.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The taxonomies' definitions by key: offence codes, offence classes, outcome types, platforms and age bands. The one
 * place that indexes them, for linking labels and for naming entities on pages. The first definition of a key wins;
 * the link stage refuses taxonomies that define a key twice.
 */
public final class TaxonomyLookup {

    private final Map<String, OffenceDefinition> offences;
    private final Map<String, OffenceGroup> groups;
    private final Map<String, OutcomeDefinition> outcomes;
    private final Map<String, PlatformDefinition> platforms;
    private final Map<String, AgeBandDefinition> ageBands;

    public TaxonomyLookup(Taxonomies t) {
        offences = index(t.offences().stream().map(o -> Map.entry(o.code(), o)).toList());
        groups = index(t.offenceGroups().stream().map(g -> Map.entry(g.id(), g)).toList());
        outcomes = index(t.outcomes().stream().map(o -> Map.entry(o.type(), o)).toList());
        platforms = index(t.platforms().stream().map(p -> Map.entry(p.id(), p)).toList());
        ageBands = index(t.ageBands().stream().map(a -> Map.entry(a.id(), a)).toList());
    }

    private static <T> Map<String, T> index(java.util.List<Map.Entry<String, T>> entries) {
        Map<String, T> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(map);
    }

    /** Offence definitions by canonical code (NNN/NN), in the taxonomy's order. */
    public Map<String, OffenceDefinition> offences() {
        return offences;
    }

    /** Offence classes by id, in the taxonomy's order. */
    public Map<String, OffenceGroup> groups() {
        return groups;
    }

    /** Outcome types by type ("1", "1A", "21"), in the taxonomy's order. */
    public Map<String, OutcomeDefinition> outcomes() {
        return outcomes;
    }

    public OffenceDefinition offence(String code) {
        return code == null ? null : offences.get(code);
    }

    public OffenceGroup group(String id) {
        return id == null ? null : groups.get(id);
    }

    public OutcomeDefinition outcome(String type) {
        return type == null ? null : outcomes.get(type);
    }

    public PlatformDefinition platform(String id) {
        return id == null ? null : platforms.get(id);
    }

    public AgeBandDefinition ageBand(String id) {
        return id == null ? null : ageBands.get(id);
    }
}
