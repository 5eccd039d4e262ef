package org.offencestats.handbook.audit;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.CellPosition;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.RowCode;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.model.TableLayout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit on small tables built by hand: no parser involved, every total and finding checked by position. */
class TableAuditorTest {

    private static final TableAuditor AUDITOR = new TableAuditor();

    /** A cell on {@code line} at {@code column}: "3" is a count, "-" a dash, "?" lost, "*" withheld. */
    private static Cell cell(String raw, int line, int column) {
        SourceRef ref = new SourceRef("t.txt", line, column + 1);
        return switch (raw) {
            case "-" -> new Cell(raw, CellKind.DASH, null, List.of(), ref);
            case "?" -> new Cell("", CellKind.LOST, null, List.of(), ref);
            case "*" -> new Cell(raw, CellKind.SUPPRESSED, null, List.of(), ref);
            default -> new Cell(raw, CellKind.NUMBER, Long.parseLong(raw), List.of(), ref);
        };
    }

    private static Row row(int index, String label, boolean total, String... cells) {
        List<Cell> list = new ArrayList<>();
        for (int k = 0; k < cells.length; k++) {
            list.add(cell(cells[k], index + 2, k));
        }
        return new Row(index, label, label, RowCode.NONE, List.of(), total, list, SourceRef.line("t.txt", index + 2), false, null);
    }

    private static Row recovered(Row r) {
        return new Row(r.index(), r.label(), r.rawLabel(), r.code(), r.marks(), r.total(), r.cells(), r.ref(), true, "interleaved");
    }

    /** Columns "2020", "2021" and a "Total" column. */
    private static DataTable table(Row... rows) {
        List<Column> columns = List.of(column(0, "2020", false), column(1, "2021", false), column(2, "Total", true));
        return new DataTable("table-1", 1, "A table", null, null, null, false, columns, List.of(rows), List.of(), TableLayout.TABS,
                SourceRef.line("t.txt", 1), rows.length + 1);
    }

    private static Column column(int index, String label, boolean total) {
        return new Column(index, label, label, List.of(), null, total, SourceRef.line("t.txt", 1));
    }

    @Test
    void totalsThatAddUpAreCountedAndLeaveNoFinding() {
        TableAudit audit = AUDITOR.audit(table(row(0, "Exposure", false, "1", "2", "3"), row(1, "Voyeurism", false, "4", "-", "4"),
                row(2, "Total", true, "5", "2", "7")));
        assertThat(audit.tableId()).isEqualTo("table-1");
        assertThat(audit.totalsChecked()).as("two row totals and three column totals").isEqualTo(5);
        assertThat(audit.totalsAgreeing()).isEqualTo(5);
        assertThat(audit.findings()).isEmpty();
        assertThat(audit.hasMismatch()).isFalse();
    }

    @Test
    void aRowTotalAndAColumnTotalThatDisagreeAreFoundAtTheirCells() {
        TableAudit audit = AUDITOR.audit(table(row(0, "Exposure", false, "1", "2", "4"), row(1, "Total", true, "1", "3", "4")));
        assertThat(audit.mismatchCount()).isEqualTo(2);
        AuditFinding across = audit.findings().get(0);
        assertThat(across.kind()).isEqualTo(FindingKind.ROW_TOTAL_MISMATCH);
        assertThat(across.at()).isEqualTo(new CellPosition(0, 2));
        assertThat(across.published()).isEqualTo(4L);
        assertThat(across.computed()).isEqualTo(3);
        assertThat(across.message()).contains("\"Exposure\"").contains("a difference of +1");
        AuditFinding down = audit.findings().get(1);
        assertThat(down.kind()).isEqualTo(FindingKind.COLUMN_TOTAL_MISMATCH);
        assertThat(down.at()).isEqualTo(new CellPosition(1, 1));
        assertThat(down.ref()).isEqualTo(new SourceRef("t.txt", 3, 2));
        assertThat(down.message()).contains("a difference of +1");
    }

    @Test
    void aLostTotalIsReportedWithWhatItsFiguresAddUpTo() {
        TableAudit audit = AUDITOR.audit(table(row(0, "Exposure", false, "1", "2", "?")));
        assertThat(audit.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.TOTAL_LOST);
            assertThat(f.published()).isNull();
            assertThat(f.computed()).isEqualTo(3);
            assertThat(f.at()).isEqualTo(new CellPosition(0, 2));
        });
        assertThat(audit.totalsChecked()).isZero();
    }

    @Test
    void aTotalOverAWithheldFigureCannotBeCheckedAndIsNotCounted() {
        TableAudit audit = AUDITOR.audit(table(row(0, "Exposure", false, "*", "2", "5")));
        assertThat(audit.findings()).extracting(AuditFinding::kind).containsExactly(FindingKind.TOTAL_UNCHECKABLE);
        assertThat(audit.totalsChecked()).isZero();
        assertThat(audit.hasMismatch()).isFalse();
    }

    @Test
    void aRecoveredTotalRowIsAFindingAboutTheWholeRowBesideTheChecksOfItsTotals() {
        TableAudit audit = AUDITOR.audit(table(row(0, "Exposure", false, "1", "2", "3"),
                recovered(row(1, "Grand Total", true, "1", "?", "3"))));
        assertThat(audit.findings()).extracting(AuditFinding::kind)
                .containsExactly(FindingKind.TOTAL_RECOVERED, FindingKind.TOTAL_LOST);
        AuditFinding note = audit.findings().get(0);
        assertThat(note.at()).isEqualTo(CellPosition.wholeRow(1));
        assertThat(note.message()).contains("interleaves it with the row \"Exposure\"").contains("2 of 3 totals");
        assertThat(audit.findings().get(1).at()).isEqualTo(new CellPosition(1, 1));
        assertThat(audit.totalsAgreeing()).isEqualTo(3);
    }

    @Test
    void aTableWithoutTotalsHasNothingToCheck() {
        List<Column> columns = List.of(column(0, "2020", false));
        DataTable t = new DataTable("table-2", 2, null, null, null, null, false, columns, List.of(row(0, "Exposure", false, "1")),
                List.of(), TableLayout.TABS, SourceRef.line("t.txt", 1), 2);
        TableAudit audit = AUDITOR.audit(t);
        assertThat(audit.totalsChecked()).isZero();
        assertThat(audit.findings()).isEmpty();
    }
}
