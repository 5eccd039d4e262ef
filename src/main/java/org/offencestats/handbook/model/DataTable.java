package org.offencestats.handbook.model;

import java.util.List;

/**
 * One statistical table as published. {@code number} is the table's number in the disclosure (printed as
 * "TABLE 2" or, when unnumbered, its position). {@code questionId} is the request question it answers,
 * or null. Columns are the value columns; the row stub (labels, codes) lives on each row.
 */
public record DataTable(String id, int number, String title, String questionId, String rowDimension,
                        String columnDimension, boolean hasCodeColumn, List<Column> columns, List<Row> rows,
                        List<Footnote> footnotes, TableLayout layout, SourceRef start, int endLine) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        footnotes = List.copyOf(footnotes);
    }

    public List<Row> bodyRows() {
        return rows.stream().filter(r -> !r.total()).toList();
    }

    public List<Column> bodyColumns() {
        return columns.stream().filter(c -> !c.total()).toList();
    }

    /** Every cell of the table, blank, dashed and unreadable ones included: what the ledger accounts for. */
    public long figureCount() {
        return rows.stream().mapToLong(r -> r.cells().size()).sum();
    }

    /** The cells that hold a number: what a reader counts as figures. */
    public long numberCount() {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(Cell::hasValue).count();
    }
}
