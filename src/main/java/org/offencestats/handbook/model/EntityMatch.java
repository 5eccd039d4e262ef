package org.offencestats.handbook.model;

/**
 * A label linked to a canonical entity: its dimension, the entity's key (offence code, class id, outcome type,
 * platform id, age-band id, period label), why, and a note for readers. {@code key} is null for an explicit
 * non-entity ("-", "Not recorded", "unknown", a total), whose note says what the label means.
 */
public record EntityMatch(Dimension dimension, String key, MatchBasis basis, String note) {

    public boolean isEntity() {
        return key != null;
    }
}
