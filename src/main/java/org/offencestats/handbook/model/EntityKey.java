package org.offencestats.handbook.model;

import java.util.Comparator;

/** A canonical entity: its dimension and key. Outcome types sort by number ("1" < "1A" < "2" < "10"). */
public record EntityKey(Dimension dimension, String key) implements Comparable<EntityKey> {

    public static final Comparator<String> OUTCOME_ORDER = Comparator
            .comparingInt((String t) -> t.replaceAll("\\D", "").isEmpty() ? 0 : Integer.parseInt(t.replaceAll("\\D", "")))
            .thenComparing(t -> t);

    private static final Comparator<EntityKey> ORDER = Comparator.comparing(EntityKey::dimension)
            .thenComparing((a, b) -> a.dimension == Dimension.OUTCOME ? OUTCOME_ORDER.compare(a.key, b.key) : a.key.compareTo(b.key));

    @Override
    public int compareTo(EntityKey other) {
        return ORDER.compare(this, other);
    }
}
