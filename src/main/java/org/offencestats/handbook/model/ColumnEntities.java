package org.offencestats.handbook.model;

/** The outcome a table column stands for. */
public record ColumnEntities(String tableId, int column, EntityMatch outcome) {
}
