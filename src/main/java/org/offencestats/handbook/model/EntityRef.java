package org.offencestats.handbook.model;

/**
 * A place where an entity has figures: a disclosure's table, and the row (or column) that stands for it;
 * -1 where not applicable (both -1: the whole table is about the entity). {@code match} says how it was linked.
 */
public record EntityRef(String disclosureSlug, String tableId, int row, int column, EntityMatch match) {

    public EntityRef {
        // Shared copies: every reference into a table repeats its disclosure's slug and the table's id.
        disclosureSlug = Shared.text(disclosureSlug);
        tableId = Shared.text(tableId);
    }

    public boolean isRow() {
        return row >= 0;
    }

    public boolean isWholeTable() {
        return row < 0 && column < 0;
    }
}
