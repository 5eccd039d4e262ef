package org.offencestats.handbook.model;

/** Where a table stands in the flow of a disclosure. */
public record TablePlacement(String tableId, SourceRef ref) implements Block {
}
