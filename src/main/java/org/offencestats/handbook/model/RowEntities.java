package org.offencestats.handbook.model;

/** The entities a table row stands for: an offence, an outcome, either or neither (null). */
public record RowEntities(String tableId, int row, EntityMatch offence, EntityMatch outcome) {
}
