package org.offencestats.handbook.render.view;

import org.offencestats.handbook.model.AgeBandDefinition;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.model.PlatformDefinition;
import org.offencestats.handbook.model.Taxonomies;
import org.offencestats.handbook.model.TaxonomyLookup;


/** Display names of entities, from the taxonomies. */
public final class EntityNames {

    private final TaxonomyLookup lookup;

    public EntityNames(Taxonomies taxonomies) {
        this.lookup = new TaxonomyLookup(taxonomies);
    }

    /** How an entity is named in links and headings: "086/02 Taking ...", "Outcome 21: ...", "Facebook". */
    public String label(EntityKey key) {
        String k = key.key();
        String label = switch (key.dimension()) {
            case OFFENCE -> k + " " + (offence(k) != null ? offence(k).description() : "");
            case OFFENCE_CLASS -> "Class " + k + " " + (group(k) != null ? group(k).name() : "");
            case OUTCOME -> "Outcome " + k + ": " + (outcome(k) != null ? outcome(k).name() : "");
            case PLATFORM -> platform(k) != null ? platform(k).name() : k;
            case AGE_BAND -> ageBand(k) != null ? "Age " + lowerFirst(ageBand(k).label()) : k;
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
        AgeBandDefinition a = lookup.ageBand(band);
        return a == null || a.min() == null ? Integer.MIN_VALUE : a.min();
    }

    public OffenceDefinition offence(String code) {
        return lookup.offence(code);
    }

    public OffenceGroup group(String id) {
        return lookup.group(id);
    }

    public OutcomeDefinition outcome(String type) {
        return lookup.outcome(type);
    }

    public PlatformDefinition platform(String id) {
        return lookup.platform(id);
    }

    public AgeBandDefinition ageBand(String id) {
        return lookup.ageBand(id);
    }
}
