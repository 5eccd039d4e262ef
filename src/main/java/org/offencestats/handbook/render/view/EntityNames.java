package org.offencestats.handbook.render.view;

import org.offencestats.handbook.model.AgeBandDefinition;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.model.PlatformDefinition;
import org.offencestats.handbook.model.Taxonomies;

import java.util.Map;
import java.util.TreeMap;

/** Display names of entities, from the taxonomies. */
public final class EntityNames {

    private final Map<String, OffenceDefinition> offences = new TreeMap<>();
    private final Map<String, OffenceGroup> groups = new TreeMap<>();
    private final Map<String, OutcomeDefinition> outcomes = new TreeMap<>();
    private final Map<String, PlatformDefinition> platforms = new TreeMap<>();
    private final Map<String, AgeBandDefinition> ageBands = new TreeMap<>();

    public EntityNames(Taxonomies taxonomies) {
        taxonomies.offences().forEach(o -> offences.put(o.code(), o));
        taxonomies.offenceGroups().forEach(g -> groups.put(g.id(), g));
        taxonomies.outcomes().forEach(o -> outcomes.put(o.type(), o));
        taxonomies.platforms().forEach(p -> platforms.put(p.id(), p));
        taxonomies.ageBands().forEach(a -> ageBands.put(a.id(), a));
    }

    /** How an entity is named in links and headings: "086/02 Taking ...", "Outcome 21: ...", "Facebook". */
    public String label(EntityKey key) {
        String k = key.key();
        String label = switch (key.dimension()) {
            case OFFENCE -> k + " " + (offences.containsKey(k) ? offences.get(k).description() : "");
            case OFFENCE_CLASS -> "Class " + k + " " + (groups.containsKey(k) ? groups.get(k).name() : "");
            case OUTCOME -> "Outcome " + k + ": " + (outcomes.containsKey(k) ? outcomes.get(k).name() : "");
            case PLATFORM -> platforms.containsKey(k) ? platforms.get(k).name() : k;
            case AGE_BAND -> ageBands.containsKey(k) ? "Age " + lowerFirst(ageBands.get(k).label()) : k;
            case PERIOD -> k;
            case TOTAL -> "Total";
        };
        return label.strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Reading order of entities: age bands youngest first (as the taxonomy lists them, by lower bound), everything
     * else in its key order.
     */
    public java.util.Comparator<EntityKey> readingOrder() {
        return java.util.Comparator.comparing(EntityKey::dimension)
                .thenComparing((a, b) -> a.dimension() == org.offencestats.handbook.model.Dimension.AGE_BAND
                        ? Integer.compare(lowerBound(a.key()), lowerBound(b.key())) : a.compareTo(b));
    }

    private int lowerBound(String band) {
        AgeBandDefinition a = ageBands.get(band);
        return a == null || a.min() == null ? Integer.MIN_VALUE : a.min();
    }

    public OffenceDefinition offence(String code) {
        return offences.get(code);
    }

    public OffenceGroup group(String id) {
        return groups.get(id);
    }

    public OutcomeDefinition outcome(String type) {
        return outcomes.get(type);
    }

    public PlatformDefinition platform(String id) {
        return platforms.get(id);
    }

    public AgeBandDefinition ageBand(String id) {
        return ageBands.get(id);
    }
}
