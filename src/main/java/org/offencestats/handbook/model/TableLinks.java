package org.offencestats.handbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What link and audit found about one table, by position, so a row, column or cell asks for its own: the entity
 * each row and column label names, the entities the whole table is about, and the audit findings on each cell.
 * Built once with the disclosure; nothing here is found by comparing labels or source lines.
 */
public final class TableLinks {

    private final String tableId;
    private final SortedMap<Integer, EntityMatch> rows;
    private final SortedMap<Integer, EntityMatch> columns;
    private final List<EntityMatch> subjects;
    private final List<AuditFinding> findings;
    private final Map<CellPosition, List<AuditFinding>> findingsAt;

    private TableLinks(String tableId, SortedMap<Integer, EntityMatch> rows, SortedMap<Integer, EntityMatch> columns,
                       List<EntityMatch> subjects, List<AuditFinding> findings) {
        this.tableId = tableId;
        this.rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
        this.columns = Collections.unmodifiableSortedMap(new TreeMap<>(columns));
        this.subjects = List.copyOf(subjects);
        this.findings = List.copyOf(findings);
        Map<CellPosition, List<AuditFinding>> at = new HashMap<>();
        for (AuditFinding f : this.findings) {
            at.computeIfAbsent(f.at(), k -> new ArrayList<>()).add(f);
        }
        at.replaceAll((k, v) -> List.copyOf(v));
        this.findingsAt = Map.copyOf(at);
    }

    /** Each table's links, in the order of {@code tables}, from what link and audit produced for the disclosure. */
    static Map<String, TableLinks> of(List<DataTable> tables, DisclosureEntities entities, Map<String, TableAudit> audits) {
        Map<String, SortedMap<Integer, EntityMatch>> rows = new HashMap<>();
        Map<String, SortedMap<Integer, EntityMatch>> columns = new HashMap<>();
        Map<String, List<EntityMatch>> subjects = new HashMap<>();
        for (RowEntities r : entities.rows()) {
            if (r.match() != null) {
                rows.computeIfAbsent(r.tableId(), k -> new TreeMap<>()).putIfAbsent(r.row(), r.match());
            }
        }
        for (ColumnEntities c : entities.columns()) {
            if (c.match() != null) {
                columns.computeIfAbsent(c.tableId(), k -> new TreeMap<>()).putIfAbsent(c.column(), c.match());
            }
        }
        for (TableEntities t : entities.tables()) {
            subjects.computeIfAbsent(t.tableId(), k -> new ArrayList<>()).add(t.match());
        }
        Map<String, TableLinks> out = new java.util.LinkedHashMap<>();
        for (DataTable t : tables) {
            TableAudit audit = audits.get(t.id());
            out.put(t.id(), new TableLinks(t.id(), rows.getOrDefault(t.id(), new TreeMap<>()),
                    columns.getOrDefault(t.id(), new TreeMap<>()), subjects.getOrDefault(t.id(), List.of()),
                    audit == null ? List.of() : audit.findings()));
        }
        return Collections.unmodifiableMap(out);
    }

    public String tableId() {
        return tableId;
    }

    /** The entity (or explicit non-entity, such as a total) row {@code row} names; null when its label is unmapped. */
    public EntityMatch row(int row) {
        return rows.get(row);
    }

    /** The entity (or explicit non-entity) column {@code column} names; null when its label is unmapped. */
    public EntityMatch column(int column) {
        return columns.get(column);
    }

    /** Every mapped row's match by row index, in row order. */
    public SortedMap<Integer, EntityMatch> rows() {
        return rows;
    }

    /** Every mapped column's match by column index, in column order. */
    public SortedMap<Integer, EntityMatch> columns() {
        return columns;
    }

    /** The offences the whole table is about though no row names them (its caption or question does). */
    public List<EntityMatch> subjects() {
        return subjects;
    }

    /** The audit findings about the cell at {@code row}, {@code column} (a total); empty for any other cell. */
    public List<AuditFinding> findings(int row, int column) {
        return findingsAt.getOrDefault(new CellPosition(row, column), List.of());
    }

    /** The audit findings about row {@code row} as a whole: a total row recovered from an interleaved line. */
    public List<AuditFinding> rowFindings(int row) {
        return findings(row, CellPosition.WHOLE_ROW);
    }

    /** Every audit finding on the table, in the audit's order. */
    public List<AuditFinding> findings() {
        return findings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableLinks t && tableId.equals(t.tableId) && rows.equals(t.rows) && columns.equals(t.columns)
                && subjects.equals(t.subjects) && findings.equals(t.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableId, rows, columns, subjects, findings);
    }

    @Override
    public String toString() {
        return "TableLinks[" + tableId + ": " + rows.size() + " rows, " + columns.size() + " columns, " + subjects.size()
                + " subjects, " + findings.size() + " findings]";
    }
}
