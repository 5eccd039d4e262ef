package org.offencestats.handbook.model;

import java.util.Comparator;

/** A canonical entity: its dimension and key. Outcome types sort by number ("1" < "1A" < "2" < "10"). */
public record EntityKey(Dimension dimension, String key) implements Comparable<EntityKey> {

    public static final Comparator<String> OUTCOME_ORDER = Comparator.comparingInt(EntityKey::number).thenComparing(t -> t);

    private static final Comparator<EntityKey> ORDER = Comparator.comparing(EntityKey::dimension)
            .thenComparing((a, b) -> a.dimension == Dimension.OUTCOME ? OUTCOME_ORDER.compare(a.key, b.key) : a.key.compareTo(b.key));

    /** The number in an outcome type ("1A" -> 1), 0 if none; sorting compares keys millions of times, so no regex. */
    private static int number(String type) {
        int n = 0;
        boolean any = false;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c >= '0' && c <= '9') {
                n = n * 10 + (c - '0');
                any = true;
            }
        }
        return any ? n : 0;
    }

    @Override
    public int compareTo(EntityKey other) {
        return ORDER.compare(this, other);
    }
}
