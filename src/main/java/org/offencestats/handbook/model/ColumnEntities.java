package org.offencestats.handbook.model;

/** What a table column stands for: an entity, an explicit non-entity (a total), or null when unmapped. */
public record ColumnEntities(String tableId, int column, EntityMatch match) {
}
