package org.offencestats.handbook.model;

/**
 * A place in a table by index: the row, and the column ({@link #WHOLE_ROW} when something concerns the whole row).
 * Positions, not source lines, say which cell something is about: cells of a recovered row share their line.
 */
public record CellPosition(int row, int column) {

    public static final int WHOLE_ROW = -1;

    public static CellPosition wholeRow(int row) {
        return new CellPosition(row, WHOLE_ROW);
    }

    public boolean isWholeRow() {
        return column == WHOLE_ROW;
    }
}
