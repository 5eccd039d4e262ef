package org.offencestats.handbook.model;

/** What a table row stands for: an entity, an explicit non-entity (a total, "-"), or null when unmapped. */
public record RowEntities(String tableId, int row, EntityMatch match) {
}
