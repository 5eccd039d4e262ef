package org.offencestats.handbook.model;

/**
 * A label linked to a canonical entity: its dimension, the entity's key (offence code, class id, outcome type,
 * platform id, age-band id, period label), why, and a note for readers. {@code key} is null for an explicit
 * non-entity ("-", "Not recorded", "unknown", a total), whose note says what the label means.
 */
public record EntityMatch(Dimension dimension, String key, MatchBasis basis, String note) {

    public EntityMatch {
        // Shared copies: a handbook of thousands of disclosures matches the same keys and notes again and again.
        key = Shared.text(key);
        note = Shared.text(note);
    }

    public boolean isEntity() {
        return key != null;
    }
}
