package org.offencestats.handbook.model;

/** One published figure and where it stands: the disclosure, table, row and column. */
public record Figure(String disclosureSlug, String tableId, int row, int column, Cell cell) {
}
