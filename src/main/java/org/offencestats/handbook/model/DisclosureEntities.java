package org.offencestats.handbook.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a disclosure's labels map to canonical entities, the offence codes and outcome types its text mentions
 * without figures, the entities its stated figures are about, and the labels that could not be mapped (as
 * problems with file and line).
 */
public record DisclosureEntities(List<RowEntities> rows, List<ColumnEntities> columns, List<TableEntities> tables,
                                 SortedSet<String> offenceMentions, SortedSet<String> outcomeMentions, List<Problem> problems,
                                 List<StatedFigureEntities> statedFigures) {

    public DisclosureEntities {
        statedFigures = List.copyOf(statedFigures);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
        offenceMentions = Collections.unmodifiableSortedSet(new TreeSet<>(offenceMentions));
        outcomeMentions = Collections.unmodifiableSortedSet(new TreeSet<>(outcomeMentions));
        problems = List.copyOf(problems);
    }

    public DisclosureEntities(List<RowEntities> rows, List<ColumnEntities> columns, List<TableEntities> tables,
                              SortedSet<String> offenceMentions, SortedSet<String> outcomeMentions, List<Problem> problems) {
        this(rows, columns, tables, offenceMentions, outcomeMentions, problems, List.of());
    }

    /** The entities the stated figure at {@code index} is about, in the order they were found. */
    public List<EntityMatch> statedFigure(int index) {
        return statedFigures.stream().filter(s -> s.figure() == index).map(StatedFigureEntities::match).toList();
    }

    /** The row's match as the linker produced it, or null when the row is unmapped (pages read {@link TableLinks}). */
    public EntityMatch row(String tableId, int row) {
        return rows.stream().filter(r -> r.tableId().equals(tableId) && r.row() == row).map(RowEntities::match)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The column's match as the linker produced it, or null when unmapped (pages read {@link TableLinks}). */
    public EntityMatch column(String tableId, int column) {
        return columns.stream().filter(c -> c.tableId().equals(tableId) && c.column() == column).map(ColumnEntities::match)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
