package org.offencestats.handbook.model;

import java.util.List;

/**
 * A value column of a table. {@code label} is the published header without markup or footnote marks;
 * {@code group} is a spanning header above it ("Year", "OUTCOME DESCRIPTION"), or null;
 * {@code periodNote} says when the column is a partial period.
 */
public record Column(int index, String label, String raw, List<String> marks, String group, boolean total, SourceRef ref,
                     String periodNote, SourceRef periodNoteRef) {

    public Column {
        // Shared copies: the same short texts ("12", "-", a label) recur hundreds of thousands of times in a large handbook.
        label = Shared.text(label);
        raw = Shared.text(raw);
        marks = List.copyOf(marks);
    }

    public Column(int index, String label, String raw, List<String> marks, String group, boolean total, SourceRef ref) {
        this(index, label, raw, marks, group, total, ref, null, null);
    }

    /**
     * The same column marked as a partial period, e.g. "to 16 July 2015" from a footnote or "so far this year"
     * from the request, with where that is said.
     */
    public Column withPeriodNote(String note, SourceRef where) {
        return new Column(index, label, raw, marks, group, total, ref, note, where);
    }

    public boolean partialPeriod() {
        return periodNote != null;
    }
}
