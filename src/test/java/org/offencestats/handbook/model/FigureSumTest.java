package org.offencestats.handbook.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FigureSumTest {

    private static Figure figure(String slug, String table, int row, int column, CellKind kind, Long value) {
        return new Figure(slug, table, row, column, new Cell(value == null ? "" : value.toString(), kind, value, List.of(),
                SourceRef.line("f.txt", row + 1)));
    }

    @Test
    void addsRowsOfOneTableAndColumn() {
        var result = FigureSum.of(List.of(figure("a", "table-1", 0, 2, CellKind.NUMBER, 3L), figure("a", "table-1", 4, 2, CellKind.NUMBER, 5L),
                figure("a", "table-1", 5, 2, CellKind.DASH, null)));
        assertThat(result.refused()).isFalse();
        assertThat(result.total()).isEqualTo(8L);
    }

    @Test
    void refusesToAddAcrossDisclosures() {
        var result = FigureSum.of(List.of(figure("a", "table-1", 0, 0, CellKind.NUMBER, 3L), figure("b", "table-1", 0, 0, CellKind.NUMBER, 5L)));
        assertThat(result.refused()).isTrue();
        assertThat(result.total()).isNull();
        assertThat(result.refusal()).contains("2 disclosures").contains("different scopes and periods");
    }

    @Test
    void refusesToAddAcrossTablesOrColumnsOfOneDisclosure() {
        assertThat(FigureSum.of(List.of(figure("a", "table-1", 0, 0, CellKind.NUMBER, 3L), figure("a", "table-2", 0, 0, CellKind.NUMBER, 5L))).refused()).isTrue();
        assertThat(FigureSum.of(List.of(figure("a", "table-1", 0, 0, CellKind.NUMBER, 3L), figure("a", "table-1", 1, 1, CellKind.NUMBER, 5L))).refused()).isTrue();
    }

    @Test
    void refusesWhenAFigureIsLostOrUnreadable() {
        var result = FigureSum.of(List.of(figure("a", "table-1", 0, 0, CellKind.NUMBER, 3L), figure("a", "table-1", 1, 0, CellKind.LOST, null)));
        assertThat(result.refusal()).contains("unreadable, lost, withheld or not held");
        var suppressed = FigureSum.of(List.of(figure("a", "table-1", 0, 0, CellKind.NUMBER, 3L), figure("a", "table-1", 1, 0, CellKind.SUPPRESSED, null)));
        assertThat(suppressed.refused()).isTrue();
        var nil = FigureSum.of(List.of(figure("a", "table-1", 0, 0, CellKind.NUMBER, 3L), figure("a", "table-1", 1, 0, CellKind.NIL, null)));
        assertThat(nil.refused()).isFalse();
    }
}
