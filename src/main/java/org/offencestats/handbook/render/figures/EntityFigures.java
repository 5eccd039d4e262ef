package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.render.data.TableCsvs;
import org.offencestats.handbook.render.view.FigureNotes;
import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.render.chart.ChartJson;
import org.offencestats.handbook.render.chart.ChartBuilder;
import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.view.ChartSpec;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Figure;
import org.offencestats.handbook.model.FigureSum;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.PassageKind;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.render.view.Views.DisclosureGroup;
import org.offencestats.handbook.render.view.Views.FigureBlock;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.MiniRow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures an entity page shows, grouped by disclosure (each with its own period, scope and caveats) and
 * linked to the exact table. Nothing is added across disclosures or tables.
 */
public final class EntityFigures {

    private final Handbook handbook;
    private final EntityNames names;
    private final TableCsvs csvs;
    private final String root;
    /** Charts on one page are numbered in order, so their ids are unique and stable. */
    private int charts;
    private final Map<DataTable, List<String>> columnLabels = new IdentityHashMap<>();

    public EntityFigures(Handbook handbook, EntityNames names, TableCsvs csvs, String root) {
        this.csvs = csvs;
        this.handbook = handbook;
        this.names = names;
        this.root = root;
    }

    public List<DisclosureGroup> groups(List<EntityRef> refs, boolean sumRowsPerTable) {
        Map<String, List<EntityRef>> bySlug = new LinkedHashMap<>();
        refs.forEach(r -> bySlug.computeIfAbsent(r.disclosureSlug(), k -> new ArrayList<>()).add(r));
        List<DisclosureGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<EntityRef>> entry : bySlug.entrySet()) {
            Disclosure d = handbook.disclosure(entry.getKey());
            List<FigureBlock> blocks = new ArrayList<>();
            Map<String, List<EntityRef>> byTable = new LinkedHashMap<>();
            entry.getValue().forEach(r -> byTable.computeIfAbsent(r.tableId(), k -> new ArrayList<>()).add(r));
            for (Map.Entry<String, List<EntityRef>> table : byTable.entrySet()) {
                DataTable t = d.parsed().table(table.getKey());
                for (EntityRef ref : table.getValue()) {
                    blocks.add(ref.isWholeTable() ? tableBlock(d, t, ref) : ref.isRow() ? rowBlock(d, t, ref) : columnBlock(d, t, ref));
                }
                List<EntityRef> rows = table.getValue().stream().filter(EntityRef::isRow).toList();
                if (sumRowsPerTable && rows.size() > 1) {
                    blocks.add(sumBlock(d, t, rows));
                }
            }
            List<String> caveats = d.parsed().passages(PassageKind.CAVEAT).stream().map(p -> p.text()).distinct().toList();
            groups.add(new DisclosureGroup(new Link(d.title(), root + Links.disclosure(d.slug())),
                    Format.periods(d), d.meta().scope(), caveats, blocks));
        }
        return groups;
    }

    /** The source line under a block's chart: the disclosure and table the figures come from, linked. */
    private Link source(Disclosure d, DataTable t) {
        return new Link(d.title() + ", table " + t.number(), root + Links.disclosure(d.slug()) + "#" + t.id());
    }

    private Link tableLink(Disclosure d, DataTable t) {
        return new Link("Table " + t.number() + ": " + TableTitles.of(d, t), root + Links.disclosure(d.slug()) + "#" + t.id());
    }

    private FigureBlock rowBlock(Disclosure d, DataTable t, EntityRef ref) {
        Row row = t.rows().get(ref.row());
        String label = row.label() + (row.partialPeriod() ? " (partial: " + row.periodNote() + ")" : "");
        ChartSpec chart = chart(d, t, List.of(row), t.bodyColumns());
        return new FigureBlock(tableLink(d, t), "The row as published:", FigureNotes.matchNote(ref.match()), columnLabels(t),
                List.of(new MiniRow(label, null, values(row), false)), false, notes(d, t), chart, chart == null ? null : ChartJson.of(chart), csv(d, t), source(d, t), csvs.size(t));
    }

    private FigureBlock columnBlock(Disclosure d, DataTable t, EntityRef ref) {
        Column column = t.columns().get(ref.column());
        List<MiniRow> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            rows.add(new MiniRow(r.label(), rowLink(d, t, r), List.of(Format.cell(r.cell(column.index())).inline()), r.total()));
        }
        String label = column.label() + (column.partialPeriod() ? " (partial: " + column.periodNote() + ")" : "");
        ChartSpec chart = chart(d, t, t.bodyRows(), List.of(column));
        return new FigureBlock(tableLink(d, t), "The column as published, row by row:", FigureNotes.matchNote(ref.match()),
                List.of(label), rows, false, notes(d, t), chart, chart == null ? null : ChartJson.of(chart), csv(d, t), source(d, t), csvs.size(t));
    }

    private FigureBlock tableBlock(Disclosure d, DataTable t, EntityRef ref) {
        List<MiniRow> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            String label = r.label() + (r.partialPeriod() ? " (partial: " + r.periodNote() + ")" : "");
            rows.add(new MiniRow(label, rowLink(d, t, r), values(r), r.total()));
        }
        ChartSpec chart = chart(d, t, t.bodyRows(), t.bodyColumns());
        return new FigureBlock(tableLink(d, t), "The whole table as published:", FigureNotes.matchNote(ref.match()),
                columnLabels(t), rows, false, notes(d, t), chart, chart == null ? null : ChartJson.of(chart), csv(d, t), source(d, t), csvs.size(t));
    }

    /** Rows of one table that all stand for this entity (e.g. a class), added column by column where sound. */
    private FigureBlock sumBlock(Disclosure d, DataTable t, List<EntityRef> rows) {
        List<String> values = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("Computed by the handbook: the " + rows.size() + " rows above added column by column. The force did not publish this sum.");
        for (Column c : t.columns()) {
            List<Figure> figures = rows.stream().map(r -> handbook.figure(d.slug(), t.id(), r.row(), c.index()))
                    .flatMap(Optional::stream).toList();
            FigureSum.Result sum = FigureSum.of(figures);
            values.add(sum.refused() ? "not added" : Format.number(sum.total()));
            if (sum.refused() && !notes.contains(sum.refusal())) {
                notes.add(sum.refusal());
            }
        }
        return new FigureBlock(tableLink(d, t), "Added by the handbook:", null, columnLabels(t),
                List.of(new MiniRow("All " + rows.size() + " rows above", null, values, true)), true, notes, null, null, null, source(d, t), csvs.size(t));
    }

    /** A chart for two or more figures; a single figure is clearer as the number alone. */
    private ChartSpec chart(Disclosure d, DataTable t, List<Row> rows, List<Column> columns) {
        if (rows.size() * columns.size() < 2) {
            return null;
        }
        charts++;
        return ChartBuilder.build(new ChartBuilder.Selection(d, t, rows, columns, "chart-" + charts,
                d.meta().force() + ", table " + t.number() + ": " + TableTitles.of(d, t), csv(d, t), List.of()));
    }

    private String csv(Disclosure d, DataTable t) {
        return root + Links.tableCsv(d.slug(), t.id());
    }

    /** A table's column labels, made once per page however many of its rows the page shows. */
    private List<String> columnLabels(DataTable t) {
        return columnLabels.computeIfAbsent(t, x -> {
            List<String> labels = new ArrayList<>(t.columns().size());
            for (Column c : t.columns()) {
                labels.add(c.label() + (c.partialPeriod() ? " (partial: " + c.periodNote() + ")" : ""));
            }
            return List.copyOf(labels);
        });
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>(row.cells().size());
        for (Cell c : row.cells()) {
            values.add(Format.cell(c).inline());
        }
        return List.copyOf(values);
    }

    private Link rowLink(Disclosure d, DataTable t, Row r) {
        EntityMatch m = r.total() ? null : d.links(t.id()).row(r.index());
        return m == null || !m.isEntity() ? null : entityLink(new EntityKey(m.dimension(), m.key()));
    }

    private Link entityLink(EntityKey key) {
        String href = Links.entity(key);
        return href == null ? null : new Link(names.label(key), root + href);
    }

    private static List<String> notes(Disclosure d, DataTable t) {
        List<String> notes = new ArrayList<>();
        t.footnotes().forEach(f -> notes.add(f.mark() + f.text()));
        if (d.audit(t.id()).hasMismatch()) {
            notes.add("Some published totals in this table do not add up: see the arithmetic check under the table.");
        }
        return notes;
    }

    /** The sum readers would be tempted to make across disclosures, refused with the reason. */
    public String acrossDisclosures(List<EntityRef> refs) {
        long disclosures = refs.stream().map(EntityRef::disclosureSlug).distinct().count();
        if (disclosures < 2) {
            return null;
        }
        List<Figure> figures = refs.stream()
                .map(r -> handbook.figure(r.disclosureSlug(), r.tableId(), Math.max(r.row(), 0), Math.max(r.column(), 0)))
                .flatMap(Optional::stream).toList();
        FigureSum.Result result = FigureSum.of(figures);
        return result.refused() ? result.refusal() + " Compare them only with care." : null;
    }
}
