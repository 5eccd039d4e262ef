package org.offencestats.handbook.render.data;

import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.render.view.FigureNotes;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.model.TableLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The handbook as one tidy, long table: a row per figure (every cell of every table, totals included and marked, then
 * every figure stated in the text), with its disclosure, table, labels as published, canonical entities, value, raw text, notes, audit status and
 * source line. Each row is keyed by {@link TidyField} names, in their order.
 */
public final class TidyRows {

    /**
     * One figure's fields, a value per {@link TidyField} in order ({@link TidyText#ABSENT} for one it does not have), and
     * the entities it is about (for per-entity downloads).
     */
    record Figure(Object[] values, Set<EntityKey> entities) {
    }

    /** A figure's fields as they are put, in {@link TidyField} order: putting one out of order is a mistake here. */
    private static final class Fields {
        private static final String[] NAMES = TidyField.ALL.stream().map(TidyField::name).toArray(String[]::new);
        private final Object[] values = new Object[NAMES.length];
        private int next;

        Fields() {
            java.util.Arrays.fill(values, TidyText.ABSENT);
        }

        void put(String name, Object value) {
            while (next < NAMES.length && !NAMES[next].equals(name)) {
                next++;
            }
            if (next == NAMES.length) {
                throw new IllegalStateException("not a tidy field, or out of order: " + name);
            }
            values[next++] = value;
        }
    }

    private TidyRows() {
    }

    /**
     * The figures of one table: the dataset is written a table at a time, so it never sits whole in memory. What is the
     * same for every cell (the disclosure's fields, the table's links, each column's label notes) is worked out once.
     */
    static List<Figure> of(Disclosure d, DataTable t) {
        List<Figure> figures = new ArrayList<>(t.rows().size() * t.columns().size());
        Shared shared = new Shared(d, t);
        List<List<String>> columnNotes = new ArrayList<>(t.columns().size());
        for (Column c : t.columns()) {
            columnNotes.add(texts(FigureNotes.label(t, c.marks(), c.periodNote())));
        }
        for (Row r : t.rows()) {
            List<String> rowNotes = texts(FigureNotes.row(d, t, r));
            for (int j = 0; j < t.columns().size(); j++) {
                figures.add(figure(shared, r, t.columns().get(j), columnNotes.get(j), rowNotes));
            }
        }
        return figures;
    }

    /** What every figure of one table shares. */
    private record Shared(Disclosure d, DataTable t, TableLinks links, List<EntityMatch> subjects, String periods, String source) {
        Shared(Disclosure d, DataTable t) {
            this(d, t, d.links(t.id()), d.links(t.id()).subjects(), Format.periods(d), Links.source(d.source().file()));
        }
    }

    private static Figure figure(Shared s, Row r, Column c, List<String> columnNotes, List<String> rowNotes) {
        Disclosure d = s.d();
        DataTable t = s.t();
        TableLinks links = s.links();
        Cell cell = r.cell(c.index());
        boolean total = r.total() || c.total();
        List<EntityMatch> matches = new ArrayList<>(s.subjects());
        matches.add(links.row(r.index()));
        matches.add(links.column(c.index()));
        Map<Dimension, Set<String>> keys = new java.util.EnumMap<>(Dimension.class);
        Set<EntityKey> entities = new TreeSet<>();
        for (EntityMatch m : matches) {
            if (m != null && m.isEntity()) {
                keys.computeIfAbsent(m.dimension(), x -> new TreeSet<>()).add(m.key());
                entities.add(new EntityKey(m.dimension(), m.key()));
            }
        }
        List<String> notes = new ArrayList<>(columnNotes);
        notes.addAll(rowNotes);
        notes.addAll(texts(FigureNotes.cell(t, cell, total, links, r.index(), c.index())));
        AuditFinding finding = total ? FigureNotes.finding(links, r.index(), c.index()) : null;
        Fields f = new Fields();
        f.put("figure_id", d.slug() + "/" + t.id() + "/r" + r.index() + "/c" + c.index());
        f.put("figure_source", "table_cell");
        f.put("disclosure", d.slug());
        f.put("reference", d.meta().reference());
        f.put("force", d.meta().force());
        f.put("disclosure_period", s.periods());
        f.put("scope", d.meta().scope());
        f.put("table_number", t.number());
        f.put("table_title", t.title());
        f.put("question", t.questionId());
        f.put("row_label", r.label());
        f.put("column_label", c.label());
        f.put("wording", null);
        f.put("sentence", null);
        f.put("code_as_published", t.hasCodeColumn() || r.code().code() != null ? r.code().raw().strip() : null);
        f.put("offence_code", join(keys.get(Dimension.OFFENCE)));
        f.put("offence_class", join(keys.get(Dimension.OFFENCE_CLASS)));
        f.put("outcome_type", join(keys.get(Dimension.OUTCOME)));
        f.put("platform", join(keys.get(Dimension.PLATFORM)));
        f.put("age_band", join(keys.get(Dimension.AGE_BAND)));
        f.put("period", join(keys.get(Dimension.PERIOD)));
        f.put("partial_period", c.periodNote() != null ? c.periodNote() : r.periodNote());
        f.put("period_as_published", null);
        f.put("value", cell.value());
        f.put("cell_status", cell.kind().name().toLowerCase(Locale.ROOT));
        f.put("raw_text", cell.raw());
        f.put("is_total", total);
        f.put("audit_status", !total ? null : finding == null ? (cell.hasValue() ? "agrees" : null) : status(finding));
        f.put("audit_computed", !total ? null : finding != null ? Long.valueOf(finding.computed()) : cell.value());
        f.put("notes", notes.isEmpty() ? null : String.join(" | ", notes));
        f.put("source_file", s.source());
        f.put("source_line", cell.ref().line());
        f.put("source_column", cell.ref().column());
        return new Figure(f.values, entities);
    }

    /** The figures the disclosure states in its text, outside any table, in reading order. */
    static List<Figure> stated(Disclosure d) {
        List<Figure> figures = new ArrayList<>();
        List<StatedFigure> all = d.parsed().statedFigures();
        String source = all.isEmpty() ? null : Links.source(d.source().file());
        String periods = all.isEmpty() ? null : Format.periods(d);
        for (int i = 0; i < all.size(); i++) {
            StatedFigure s = all.get(i);
            Map<Dimension, Set<String>> keys = new java.util.EnumMap<>(Dimension.class);
            Set<EntityKey> entities = new TreeSet<>();
            for (EntityMatch m : d.entities().statedFigure(i)) {
                keys.computeIfAbsent(m.dimension(), x -> new TreeSet<>()).add(m.key());
                entities.add(new EntityKey(m.dimension(), m.key()));
            }
            Fields f = new Fields();
            f.put("figure_id", d.slug() + "/stated/" + (i + 1));
            f.put("figure_source", "stated_figure");
            f.put("disclosure", d.slug());
            f.put("reference", d.meta().reference());
            f.put("force", d.meta().force());
            f.put("disclosure_period", periods);
            f.put("scope", d.meta().scope());
            f.put("question", s.questionId());
            f.put("wording", s.wording());
            f.put("sentence", s.sentence());
            f.put("offence_code", join(keys.get(Dimension.OFFENCE)));
            f.put("outcome_type", join(keys.get(Dimension.OUTCOME)));
            f.put("period_as_published", s.period());
            f.put("value", s.value());
            f.put("cell_status", "number");
            f.put("raw_text", s.printed());
            f.put("is_total", false);
            f.put("source_file", source);
            f.put("source_line", s.ref().line());
            f.put("source_column", s.ref().column());
            figures.add(new Figure(f.values, entities));
        }
        return figures;
    }

    private static String status(AuditFinding f) {
        return switch (f.kind()) {
            case ROW_TOTAL_MISMATCH, COLUMN_TOTAL_MISMATCH -> "does_not_add_up";
            case TOTAL_LOST -> "missing";
            case TOTAL_UNCHECKABLE -> "uncheckable";
            case TOTAL_RECOVERED -> "agrees";
        };
    }

    /** Several entities on one axis (a table about 088/01 and 088/02 together) are listed, separated by ";". */
    private static String join(Set<String> keys) {
        return keys == null ? null : String.join(";", keys);
    }

    private static List<String> texts(List<FigureNotes.Note> notes) {
        return notes.stream().map(n -> n.kind() + ": " + n.text()).collect(Collectors.toList());
    }

}
