package org.offencestats.handbook.model;

import java.util.List;

/**
 * One figure cell: the raw text as published, what kind of cell it is, the count when there is one,
 * footnote marks found on it, and where it stands.
 */
public record Cell(String raw, CellKind kind, Long value, List<String> marks, SourceRef ref) {

    public Cell {
        // Shared copies: the same short texts ("12", "-", a label) recur hundreds of thousands of times in a large handbook.
        raw = Shared.text(raw);
        marks = List.copyOf(marks);
        if ((kind == CellKind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException("a cell has a value exactly when it is a NUMBER: " + kind + " " + value);
        }
    }

    /** The count this cell adds to a computed total: blanks and dashes add nothing, but are not zeros. */
    public long contribution() {
        return value == null ? 0 : value;
    }

    public boolean hasValue() {
        return value != null;
    }
}
