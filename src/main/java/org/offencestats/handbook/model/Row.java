package org.offencestats.handbook.model;

import java.util.List;

/**
 * A table row. {@code label} is the published row label without markup and marks; {@code code} what the
 * source states as its offence code. {@code recovered} says the row was reconstructed from a garbled line
 * ({@code readingNote} says how; it also explains any row that was not read plainly).
 */
public record Row(int index, String label, String rawLabel, RowCode code, List<String> marks, boolean total,
                  List<Cell> cells, SourceRef ref, boolean recovered, String readingNote) {

    public Row {
        marks = List.copyOf(marks);
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return cells.get(column);
    }
}
