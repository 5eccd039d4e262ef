package org.offencestats.handbook.model;

import java.util.List;

/**
 * A table row. {@code label} is the published row label without markup and marks; {@code code} what the
 * source states as its offence code. {@code recovered} says the row was reconstructed from a garbled line
 * ({@code readingNote} says how; it also explains any row that was not read plainly).
 */
public record Row(int index, String label, String rawLabel, RowCode code, List<String> marks, boolean total,
                  List<Cell> cells, SourceRef ref, boolean recovered, String readingNote, String periodNote,
                  SourceRef periodNoteRef) {

    public Row {
        // Shared copies: the same short texts ("12", "-", a label) recur hundreds of thousands of times in a large handbook.
        label = Shared.text(label);
        rawLabel = Shared.text(rawLabel);
        marks = List.copyOf(marks);
        cells = List.copyOf(cells);
    }

    public Row(int index, String label, String rawLabel, RowCode code, List<String> marks, boolean total,
               List<Cell> cells, SourceRef ref, boolean recovered, String readingNote) {
        this(index, label, rawLabel, code, marks, total, cells, ref, recovered, readingNote, null, null);
    }

    /** The same row marked as a partial period ("2015*" with the footnote "*to 16 July 2015"). */
    public Row withPeriodNote(String note, SourceRef where) {
        return new Row(index, label, rawLabel, code, marks, total, cells, ref, recovered, readingNote, note, where);
    }

    public boolean partialPeriod() {
        return periodNote != null;
    }

    public Cell cell(int column) {
        return cells.get(column);
    }
}
