package org.offencestats.handbook.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a disclosure's labels map to canonical entities, the entities its text mentions without figures,
 * and the labels that could not be mapped (as problems with file and line).
 */
public record DisclosureEntities(List<RowEntities> rows, List<ColumnEntities> columns, SortedSet<String> offenceMentions,
                                 SortedSet<String> outcomeMentions, List<Problem> problems) {

    public DisclosureEntities {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        offenceMentions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(offenceMentions));
        outcomeMentions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(outcomeMentions));
        problems = List.copyOf(problems);
    }

    public EntityMatch rowOffence(String tableId, int row) {
        RowEntities found = row(tableId, row);
        return found == null ? null : found.offence();
    }

    public EntityMatch rowOutcome(String tableId, int row) {
        RowEntities found = row(tableId, row);
        return found == null ? null : found.outcome();
    }

    private RowEntities row(String tableId, int row) {
        return rows.stream().filter(r -> r.tableId().equals(tableId) && r.row() == row).findFirst().orElse(null);
    }

    public EntityMatch columnOutcome(String tableId, int column) {
        return columns.stream().filter(c -> c.tableId().equals(tableId) && c.column() == column)
                .map(ColumnEntities::outcome).findFirst().orElse(null);
    }
}
