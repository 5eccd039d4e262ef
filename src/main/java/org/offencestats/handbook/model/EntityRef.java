package org.offencestats.handbook.model;

/**
 * A place where an entity has figures: a disclosure's table, and the row (or column, for outcome columns)
 * that stands for it; -1 where not applicable. {@code match} says how the label was linked.
 */
public record EntityRef(String disclosureSlug, String tableId, int row, int column, EntityMatch match) {
}
