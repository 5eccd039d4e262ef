package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.render.data.TableCsvs;
import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.render.chart.ChartJson;
import org.offencestats.handbook.render.chart.ChartBuilder;
import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.view.FigureNotes;
import org.offencestats.handbook.render.view.PageNotes;
import org.offencestats.handbook.render.view.ChartSpec;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.render.view.Views.CellView;
import org.offencestats.handbook.render.view.Views.FindingView;
import org.offencestats.handbook.render.view.Views.Header;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.NoteView;
import org.offencestats.handbook.render.view.Views.RowView;
import org.offencestats.handbook.render.view.Views.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Projects a parsed table, its audit and its entity links into what the disclosure template shows, attaching each
 * numbered note to the header, row, cell or table it qualifies.
 */
public final class TableViews {

    private final String root;
    private final EntityNames names;
    private final PageNotes notes;
    private final TableCsvs csvs;

    public TableViews(String root, EntityNames names, PageNotes notes, TableCsvs csvs) {
        this.csvs = csvs;
        this.root = root;
        this.names = names;
        this.notes = notes;
    }

    public TableView view(Disclosure disclosure, DataTable table) {
        TreeSet<Integer> all = new TreeSet<>();
        TableAudit audit = disclosure.audit(table.id());
        List<Integer> tableNotes = number(FigureNotes.table(disclosure, table));
        all.addAll(tableNotes);
        List<Header> headers = new ArrayList<>();
        for (Column c : table.columns()) {
            EntityMatch match = disclosure.links(table.id()).column(c.index());
            List<Integer> n = number(FigureNotes.label(table, c.marks(), c.periodNote()));
            all.addAll(n);
            headers.add(new Header(c.label(), link(match), c.marks(), c.periodNote(), c.total(), c.group(), n));
        }
        List<RowView> rows = new ArrayList<>();
        for (Row r : table.rows()) {
            RowView row = row(disclosure, table, r);
            all.addAll(row.notes());
            row.cells().forEach(c -> all.addAll(c.notes()));
            rows.add(row);
        }
        String questionText = disclosure.parsed().questions().stream().filter(q -> q.id().equals(table.questionId()))
                .map(Question::text).findFirst().orElse(null);
        List<NoteView> listed = all.stream().map(notes::get).map(n -> new NoteView(n.number(), n.kind(), n.text())).toList();
        ChartSpec chart = ChartBuilder.build(new ChartBuilder.Selection(disclosure, table, table.bodyRows(), table.bodyColumns(),
                "chart-" + table.id(), "Table " + table.number() + ": " + TableTitles.of(disclosure, table), root + Links.tableCsv(disclosure.slug(), table.id()),
                List.copyOf(all)));
        return new TableView(table.id(), table.number(), TableTitles.of(disclosure, table), table.questionId(), questionText,
                table.rowDimension() == null ? "" : table.rowDimension(), table.columnDimension(),
                table.hasCodeColumn() ? "Code as published" : null, headers, rows, tableNotes, listed, auditSummary(audit),
                audit.findings().stream().map(TableViews::finding).toList(), audit.hasMismatch(),
                "the published text, lines " + table.start().line() + "–" + table.endLine(),
                table.layout().sourceNote(),
                chart, ChartJson.of(chart), root + Links.tableCsv(disclosure.slug(), table.id()),
                csvs.size(table),
                new Link(disclosure.title() + ", table " + table.number(), root + Links.disclosure(disclosure.slug()) + "#" + table.id()));
    }

    private List<Integer> number(List<FigureNotes.Note> list) {
        return list.stream().map(n -> notes.add(n.kind(), n.text())).toList();
    }

    private RowView row(Disclosure disclosure, DataTable table, Row r) {
        EntityMatch match = r.total() ? null : disclosure.links(table.id()).row(r.index());
        List<Integer> rowNotes = number(FigureNotes.row(disclosure, table, r));
        List<CellView> cells = new ArrayList<>();
        for (int k = 0; k < r.cells().size(); k++) {
            Cell c = r.cell(k);
            boolean total = r.total() || table.columns().get(k).total();
            AuditFinding finding = total ? FigureNotes.finding(disclosure.links(table.id()), r.index(), k) : null;
            String flag = finding != null && finding.isMismatch()
                    ? "does not add up: the figures it totals make " + Format.number(finding.computed()) : null;
            cells.add(cell(c, total, flag, number(FigureNotes.cell(table, c, total, disclosure.links(table.id()), r.index(), k))));
        }
        String codeNote = switch (r.code().quality()) {
            case GARBLED -> "holds no offence code";
            case WITH_DEBRIS -> "code " + r.code().code() + " with stray text";
            default -> null;
        };
        return new RowView(r.label(), link(match), table.hasCodeColumn() ? r.code().raw().strip() : null, codeNote, r.marks(),
                r.total(), r.periodNote(), cells, Wording.where(r.ref()), rowNotes);
    }

    private static CellView cell(Cell c, boolean total, String flag, List<Integer> notes) {
        Format.CellText text = Format.cell(c);
        return new CellView(text.shown(), text.kind(), text.describe(), total, c.ref().citeWithinFile(), flag, notes);
    }

    private static String auditSummary(TableAudit audit) {
        if (audit.totalsChecked() == 0 && audit.findings().isEmpty()) {
            return "This table publishes no totals to check.";
        }
        long mismatches = audit.mismatchCount();
        String base = audit.totalsChecked() + " published " + (audit.totalsChecked() == 1 ? "total" : "totals") + " checked: "
                + audit.totalsAgreeing() + " agree with the figures they add up";
        return mismatches == 0 ? base + "." : base + ", " + mismatches + " do not (see below).";
    }

    private static FindingView finding(AuditFinding f) {
        String kind = switch (f.kind()) {
            case ROW_TOTAL_MISMATCH, COLUMN_TOTAL_MISMATCH -> "Total does not add up";
            case TOTAL_RECOVERED -> "Total recovered";
            case TOTAL_LOST -> "Total missing";
            case TOTAL_UNCHECKABLE -> "Total not checkable";
        };
        return new FindingView(kind, f.message(), f.ref().citeWithinFile(), f.isMismatch());
    }

    private Link link(EntityMatch match) {
        if (match == null || !match.isEntity()) {
            return null;
        }
        EntityKey key = new EntityKey(match.dimension(), match.key());
        return new Link(names.label(key), root + Links.entity(key));
    }
}
