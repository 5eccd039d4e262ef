package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableAudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A disclosure's "Main points", derived from its figures, never typed by hand: each table's published grand total,
 * its largest category, and totals that do not add up. Each point names the figure it quotes (table, row, column),
 * so tests can check every number against the model.
 */
public final class MainPoints {

    public static final int MAX = 6;

    /** A point and the cell it quotes (row and column indexes in the table; -1 when it quotes no figure). */
    public record Point(String text, String tableId, int row, int column, Long value) {
    }

    private MainPoints() {
    }

    public static List<Point> of(Disclosure d) {
        List<Point> points = new ArrayList<>();
        for (DataTable t : d.parsed().tables()) {
            String table = "Table " + t.number() + (t.title() == null || t.title().isBlank() ? "" : " (" + t.title() + ")");
            grandTotal(t).ifPresent(cell -> points.add(new Point(table + " gives a published total of "
                    + Format.number(cell.total.value()) + totalWhere(t, cell) + ".", t.id(), cell.row.index(), cell.column.index(), cell.total.value())));
            largest(t).ifPresent(p -> points.add(new Point("In table " + t.number() + " the largest figure is for “" + p.row.label() + "”: "
                    + Format.number(p.total.value()) + (p.column.total() ? " in total" : " (" + p.column.label() + ")") + ".",
                    t.id(), p.row.index(), p.column.index(), p.total.value())));
            TableAudit audit = d.audit(t.id());
            if (audit.hasMismatch()) {
                long n = audit.mismatchCount();
                points.add(new Point("In table " + t.number() + ", " + n + (n == 1 ? " published total does" : " published totals do")
                        + " not add up to the figures it totals: see the arithmetic check under the table.", t.id(), -1, -1, n));
            }
        }
        return points.size() > MAX ? List.copyOf(points.subList(0, MAX)) : List.copyOf(points);
    }

    private record Located(Row row, Column column, Cell total) {
    }

    /** The cell where the total row meets the total column, when the force printed a number there. */
    private static Optional<Located> grandTotal(DataTable t) {
        for (Row r : t.rows()) {
            if (!r.total()) {
                continue;
            }
            for (Column c : t.columns()) {
                Cell cell = r.cell(c.index());
                if (c.total() && cell.hasValue()) {
                    return Optional.of(new Located(r, c, cell));
                }
            }
        }
        return Optional.empty();
    }

    private static String totalWhere(DataTable t, Located cell) {
        return t.columns().size() == 1 ? "" : " (row “" + cell.row().label() + "”, column “" + cell.column().label() + "”)";
    }

    /**
     * The body row with the largest published figure in the total column (or in the only column): "largest" is
     * read from the force's own totals, never from sums the handbook makes.
     */
    private static Optional<Located> largest(DataTable t) {
        Optional<Column> column = t.columns().stream().filter(Column::total).findFirst();
        if (column.isEmpty() && t.columns().size() == 1) {
            column = Optional.of(t.columns().get(0));
        }
        if (column.isEmpty() || t.bodyRows().size() < 2) {
            return Optional.empty();
        }
        Located best = null;
        for (Row r : t.bodyRows()) {
            Cell cell = r.cell(column.get().index());
            if (cell.hasValue() && (best == null || cell.value() > best.total().value())) {
                best = new Located(r, column.get(), cell);
            }
        }
        return Optional.ofNullable(best);
    }
}
