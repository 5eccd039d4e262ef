package org.offencestats.handbook.audit;

import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.CellPosition;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableAudit;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes every total a table publishes (row totals across, total rows down, the grand total both ways)
 * and records what disagrees. It never throws on content: findings are shown to readers.
 */
public final class TableAuditor {

    /** Counts for one table's audit. */
    private static final class Tally {
        int checked;
        int agreeing;
    }

    public TableAudit audit(DataTable table) {
        Tally tally = new Tally();
        List<AuditFinding> findings = new ArrayList<>();
        List<Row> body = table.bodyRows();
        List<Column> columns = table.columns();
        int totalColumn = indexOfTotalColumn(columns);

        if (totalColumn >= 0) {
            for (Row row : body) {
                List<Cell> addends = new ArrayList<>();
                for (Column c : columns) {
                    if (!c.total()) {
                        addends.add(row.cell(c.index()));
                    }
                }
                check(table, row, columns.get(totalColumn), row.cell(totalColumn), addends, FindingKind.ROW_TOTAL_MISMATCH, tally, findings);
            }
        }
        for (Row totalRow : table.rows()) {
            if (!totalRow.total()) {
                continue;
            }
            if (totalRow.recovered()) {
                long recoveredCells = totalRow.cells().stream().filter(Cell::hasValue).count();
                findings.add(new AuditFinding(table.id(), FindingKind.TOTAL_RECOVERED, totalRow.label(), null, null, 0,
                        totalRow.ref(), "The " + totalRow.label() + " row was recovered from a line that interleaves it with the row \""
                        + previousLabel(table, totalRow) + "\": " + recoveredCells + " of " + totalRow.cells().size()
                        + " totals could be read, each checked below.", CellPosition.wholeRow(totalRow.index())));
            }
            for (Column column : columns) {
                List<Cell> addends = body.stream().map(r -> r.cell(column.index())).toList();
                check(table, totalRow, column, totalRow.cell(column.index()), addends, FindingKind.COLUMN_TOTAL_MISMATCH, tally, findings);
            }
        }
        return new TableAudit(table.id(), tally.checked, tally.agreeing, findings);
    }

    private void check(DataTable table, Row row, Column column, Cell total, List<Cell> addends, FindingKind mismatch,
                       Tally tally, List<AuditFinding> findings) {
        long computed = addends.stream().mapToLong(Cell::contribution).sum();
        boolean uncheckable = addends.stream().anyMatch(c -> c.kind().hidesACount());
        String where = describe(row, column, mismatch);
        CellPosition at = new CellPosition(row.index(), column.index());
        if (total.kind() == CellKind.LOST) {
            findings.add(new AuditFinding(table.id(), FindingKind.TOTAL_LOST, row.label(), column.label(), null, computed,
                    total.ref(), "The total " + where + " is missing from the source; the figures it totals add up to "
                    + computed + (uncheckable ? " (not certain: a figure it adds is itself unreadable or lost)" : "") + ".", at));
            return;
        }
        if (uncheckable || total.kind().hidesACount()) {
            findings.add(new AuditFinding(table.id(), FindingKind.TOTAL_UNCHECKABLE, row.label(), column.label(), total.value(),
                    computed, total.ref(), "The total " + where + " cannot be checked: a figure in it is unreadable, lost, withheld or not held.", at));
            return;
        }
        tally.checked++;
        long published = total.contribution();
        if (published == computed) {
            tally.agreeing++;
            return;
        }
        findings.add(new AuditFinding(table.id(), mismatch, row.label(), column.label(), total.value(), computed, total.ref(),
                "The published total " + where + " is " + (total.hasValue() ? String.valueOf(total.value()) : total.kind().describe())
                        + ", but the figures it totals add up to " + computed
                        + " (a difference of " + signed(published - computed) + ").", at));
    }

    private static String describe(Row row, Column column, FindingKind kind) {
        return kind == FindingKind.ROW_TOTAL_MISMATCH
                ? "for \"" + row.label() + "\" (column \"" + column.label() + "\")"
                : "in the \"" + row.label() + "\" row for \"" + column.label() + "\"";
    }

    private static String signed(long difference) {
        return difference > 0 ? "+" + difference : String.valueOf(difference);
    }

    private static int indexOfTotalColumn(List<Column> columns) {
        for (Column c : columns) {
            if (c.total()) {
                return c.index();
            }
        }
        return -1;
    }

    private static String previousLabel(DataTable table, Row row) {
        return row.index() > 0 ? table.rows().get(row.index() - 1).label() : "";
    }
}
