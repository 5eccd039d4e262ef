package org.offencestats.handbook.render;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.render.Views.FigureRow;
import org.offencestats.handbook.render.Views.Link;

import java.util.ArrayList;
import java.util.List;

/** The figures an entity page shows: for each place the entity occurs, the row or column as published. */
final class EntityFigures {

    private EntityFigures() {
    }

    static List<FigureRow> rows(Handbook handbook, List<EntityRef> refs, String root) {
        List<FigureRow> figures = new ArrayList<>();
        for (EntityRef ref : refs) {
            Disclosure d = handbook.disclosure(ref.disclosureSlug());
            DataTable t = d.parsed().table(ref.tableId());
            Link disclosure = new Link(d.title(), root + Links.disclosure(d.slug()));
            Link table = new Link("Table " + t.number() + ": " + t.title(), root + Links.disclosure(d.slug()) + "#" + t.id());
            List<String> headers = new ArrayList<>();
            List<String> values = new ArrayList<>();
            String label;
            if (ref.row() >= 0) {
                Row row = t.rows().get(ref.row());
                label = row.label();
                for (Column c : t.columns()) {
                    headers.add(c.label() + (c.partialPeriod() ? " (" + c.periodNote() + ")" : ""));
                    values.add(display(row.cell(c.index())));
                }
            } else {
                Column column = t.columns().get(ref.column());
                label = column.label();
                for (Row row : t.rows()) {
                    headers.add(row.label());
                    values.add(display(row.cell(column.index())));
                }
            }
            figures.add(new FigureRow(disclosure, table, label, TableViews.matchNote(ref.match()), headers, values));
        }
        return figures;
    }

    private static String display(Cell cell) {
        return switch (cell.kind()) {
            case NUMBER -> TableViews.format(cell.value());
            case DASH -> "- (published as “-”)";
            case BLANK -> "(blank)";
            case UNREADABLE -> cell.raw() + " (unreadable)";
            case LOST -> "(lost in the source)";
        };
    }
}
