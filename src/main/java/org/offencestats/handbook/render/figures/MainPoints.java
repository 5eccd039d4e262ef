package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.model.TableLinks;
import org.offencestats.handbook.render.view.Format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A disclosure's headline figures in words, derived from its tables, never typed by hand, in the order a statistical
 * bulletin leads with them: what each table counts in all (the force's own grand total), how many ended in a charge
 * or summons, totals that do not add up, and the largest category. Each point lists the figures it quotes
 * ({@link Quote}), so tests can check every number against the model.
 */
public final class MainPoints {

    public static final int MAX = 5;

    /** How a quoted number is found in the model. */
    public enum Basis {
        /** The cell at row and column, as published. */
        CELL,
        /** The sum of the body rows' figures in the column: the handbook's own sum, said so in the point. */
        COLUMN_SUM,
        /** The sum of the body columns' figures in the row. */
        ROW_SUM,
        /** How many of the table's published totals do not add up. */
        MISMATCHES,
        /** How many of the table's published totals were checked. */
        TOTALS_CHECKED
    }

    /** One number a point quotes and where it comes from: its table, row and column (-1 where the basis needs none). */
    public record Quote(String tableId, int row, int column, long value, Basis basis) {
    }

    /** A point, the table it is about, and every number it quotes. */
    public record Point(String text, String tableId, List<Quote> quotes) {
        public Point {
            quotes = List.copyOf(quotes);
        }
    }

    private MainPoints() {
    }

    public static List<Point> of(Disclosure d) {
        List<Point> totals = new ArrayList<>();
        List<Point> charges = new ArrayList<>();
        List<Point> mismatches = new ArrayList<>();
        List<Point> largest = new ArrayList<>();
        Set<String> said = new HashSet<>();
        List<Earlier> earlier = new ArrayList<>();
        boolean several = d.parsed().tables().size() > 1;
        for (DataTable t : d.parsed().tables()) {
            String in = several ? "In table " + t.number() + ", " : "";
            Optional<Located> total = grandTotal(t);
            String counted = Wording.counted(d, t);
            Optional<Point> part = total.flatMap(cell -> partOfEarlier(t, cell, counted, earlier, several));
            part.ifPresent(charges::add);
            total.filter(cell -> part.isEmpty()).ifPresent(cell -> {
                earlier.add(new Earlier(t, cell, counted));
                String text = Format.number(cell.value()) + " " + counted + " " + (cell.value() == 1 ? "was" : "were")
                        + " recorded" + Wording.period(d, t);
                text = (several ? (text.endsWith(")") ? text.substring(0, text.length() - 1) + "; table " + t.number() + ")"
                        : text + " (table " + t.number() + ")") : text) + ".";
                if (said.add(cell.value() + " " + counted)) {
                    totals.add(new Point(text, t.id(), List.of(new Quote(t.id(), cell.row().index(), cell.column().index(), cell.value(), Basis.CELL))));
                }
            });
            total.flatMap(cell -> charged(d, t, cell, in)).ifPresent(charges::add);
            mismatch(d.audit(t.id()), t, in).ifPresent(mismatches::add);
            largest(d, t, total, in).ifPresent(largest::add);
        }
        // The first table's headline, then what a reader most needs (charges, totals that do not add up), then the rest.
        List<Point> points = new ArrayList<>(totals.subList(0, Math.min(1, totals.size())));
        points.addAll(charges);
        points.addAll(mismatches);
        points.addAll(totals.subList(Math.min(1, totals.size()), totals.size()));
        points.addAll(largest);
        return points.size() > MAX ? List.copyOf(points.subList(0, MAX)) : List.copyOf(points);
    }

    /** A table whose grand total a headline has quoted, and what it counts. */
    private record Earlier(DataTable table, Located total, String counted) {
    }

    private static final java.util.regex.Pattern OUTCOME_WAS = java.util.regex.Pattern.compile("(?i)^ and outcome was '([^']+)'$");

    /**
     * A table that counts part of what an earlier one counts ("… internet/online related and Outcome was 'Charge'"): its
     * total is read as a share of the earlier table's published grand total, "7 of the 25 (28%) ended in a charge".
     */
    private static Optional<Point> partOfEarlier(DataTable t, Located cell, String counted, List<Earlier> earlier, boolean several) {
        for (Earlier e : earlier) {
            java.util.regex.Matcher m = counted.startsWith(e.counted()) ? OUTCOME_WAS.matcher(counted.substring(e.counted().length()))
                    : null;
            if (m == null || !m.matches() || cell.value() > e.total().value()) {
                continue;
            }
            String text = Format.number(cell.value()) + " of the " + Format.number(e.total().value()) + " ("
                    + Wording.share(cell.value(), e.total().value()) + ") ended in a " + m.group(1).toLowerCase(java.util.Locale.ROOT)
                    + (several ? " (table " + t.number() + ")" : "") + ".";
            return Optional.of(new Point(text, t.id(), List.of(new Quote(t.id(), cell.row().index(), cell.column().index(), cell.value(), Basis.CELL),
                    new Quote(e.table().id(), e.total().row().index(), e.total().column().index(), e.total().value(), Basis.CELL))));
        }
        return Optional.empty();
    }

    /** A cell and its row and column. */
    private record Located(Row row, Column column, long value) {
    }

    /** The cell where the total row meets the total column (or the only column), when the force printed a number there. */
    private static Optional<Located> grandTotal(DataTable t) {
        for (Row r : t.rows()) {
            if (!r.total()) {
                continue;
            }
            for (Column c : t.columns()) {
                Cell cell = r.cell(c.index());
                if ((c.total() || t.columns().size() == 1) && cell.hasValue()) {
                    return Optional.of(new Located(r, c, cell.value()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How many of the published grand total ended in a charge or summons (outcome type 1): the column's published total,
     * or when that total is missing, the sum of its rows when every one of them was read.
     */
    private static Optional<Point> charged(Disclosure d, DataTable t, Located total, String in) {
        TableLinks links = d.links(t.id());
        for (Column c : t.bodyColumns()) {
            EntityMatch m = links.column(c.index());
            if (m == null || m.dimension() != Dimension.OUTCOME || !"1".equals(m.key())) {
                continue;
            }
            Cell published = total.row().cell(c.index());
            Quote quote;
            String how = "";
            if (published.hasValue()) {
                quote = new Quote(t.id(), total.row().index(), c.index(), published.value(), Basis.CELL);
            } else if (t.bodyRows().stream().allMatch(r -> r.cell(c.index()).hasValue())) {
                long sum = t.bodyRows().stream().mapToLong(r -> r.cell(c.index()).value()).sum();
                quote = new Quote(t.id(), -1, c.index(), sum, Basis.COLUMN_SUM);
                how = " (the handbook added up the rows: the force's own total for this outcome is missing from the published text)";
            } else {
                return Optional.empty();
            }
            String text = in + Format.number(quote.value()) + " of the " + Format.number(total.value())
                    + " (" + Wording.share(quote.value(), total.value()) + ") ended in a charge or summons" + how + ".";
            return Optional.of(new Point(Wording.capitalise(text), t.id(), List.of(quote,
                    new Quote(t.id(), total.row().index(), total.column().index(), total.value(), Basis.CELL))));
        }
        return Optional.empty();
    }

    /** Published totals that do not add up, led by the grand total when it is one of them. */
    private static Optional<Point> mismatch(TableAudit audit, DataTable t, String in) {
        if (audit == null || !audit.hasMismatch()) {
            return Optional.empty();
        }
        List<AuditFinding> found = audit.findings().stream().filter(AuditFinding::isMismatch).toList();
        AuditFinding lead = found.stream().filter(f -> isGrand(t, f)).findFirst().orElse(found.get(0));
        long n = audit.mismatchCount();
        boolean column = lead.kind() == FindingKind.COLUMN_TOTAL_MISMATCH;
        String what = isGrand(t, lead) ? "the grand total" : "the total for “" + Wording.label(column ? lead.columnLabel() : lead.rowLabel()) + "”";
        String text = (in.isEmpty() ? "The published totals do not add up: " : in + "the published totals do not add up: ")
                + what + " is " + Format.number(lead.published()) + ", but the " + (column ? "rows" : "figures across the row")
                + " it totals make " + Format.number(lead.computed()) + ". "
                + (n == 1 ? "It is the only published total that disagrees with the figures it totals."
                : "In all, " + Format.number(n) + " of the " + Format.number(audit.totalsChecked())
                + " published totals checked disagree with the figures they total.");
        int row = lead.at().row();
        int col = lead.at().column();
        List<Quote> quotes = new ArrayList<>(List.of(new Quote(t.id(), row, col, lead.published(), Basis.CELL),
                new Quote(t.id(), column ? -1 : row, column ? col : -1, lead.computed(), column ? Basis.COLUMN_SUM : Basis.ROW_SUM),
                new Quote(t.id(), -1, -1, n, Basis.MISMATCHES)));
        if (n > 1) {
            quotes.add(new Quote(t.id(), -1, -1, audit.totalsChecked(), Basis.TOTALS_CHECKED));
        }
        return Optional.of(new Point(text, t.id(), quotes));
    }

    private static boolean isGrand(DataTable t, AuditFinding f) {
        return f.at() != null && f.at().row() >= 0 && f.at().column() >= 0 && t.rows().get(f.at().row()).total()
                && t.columns().get(f.at().column()).total();
    }

    /**
     * The body row with the largest published figure in the total column (or in the only column): "largest" is read
     * from the force's own totals, never from sums the handbook makes; its share only when the grand total is published.
     */
    private static Optional<Point> largest(Disclosure d, DataTable t, Optional<Located> total, String in) {
        Optional<Column> column = t.columns().stream().filter(Column::total).findFirst();
        if (column.isEmpty() && t.columns().size() == 1) {
            column = Optional.of(t.columns().get(0));
        }
        if (column.isEmpty() || t.bodyRows().size() < 2 || t.bodyRows().stream().allMatch(r -> r.label().matches("\\d{4}"))) {
            return Optional.empty();
        }
        Located best = null;
        for (Row r : t.bodyRows()) {
            Cell cell = r.cell(column.get().index());
            if (cell.hasValue() && (best == null || cell.value() > best.value())) {
                best = new Located(r, column.get(), cell.value());
            }
        }
        if (best == null || best.value() == 0) {
            return Optional.empty();
        }
        List<Quote> quotes = new ArrayList<>(List.of(new Quote(t.id(), best.row().index(), best.column().index(), best.value(), Basis.CELL)));
        String of = "";
        if (total.isPresent()) {
            Located all = total.get();
            of = " of the " + Format.number(all.value()) + " (" + Wording.share(best.value(), all.value()) + ")";
            quotes.add(new Quote(t.id(), all.row().index(), all.column().index(), all.value(), Basis.CELL));
        }
        String text = in + "the most common " + Wording.category(d, t) + " was “" + Wording.label(best.row().label()) + "”: "
                + Format.number(best.value()) + of + ".";
        return Optional.of(new Point(Wording.capitalise(text), t.id(), quotes));
    }
}
