package org.offencestats.handbook.render.chart;

import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.render.view.ChartSpec;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Chooses a chart from the shape of the data, never by hand: periods along an axis become bars over time (partial
 * periods marked); a one-column breakdown becomes horizontal bars, largest first; a two-way table becomes stacked
 * horizontal bars that grow with the number of rows. Age bands and periods keep their natural order.
 * Totals are left out: the chart shows the parts, the table shows the totals.
 */
public final class ChartBuilder {

    /** The rows and columns of one table that a chart draws, and where it sits. */
    public record Selection(Disclosure disclosure, DataTable table, List<Row> rows, List<Column> columns, String id, String title,
                     String dataHref, List<Integer> notes) {
    }

    private ChartBuilder() {
    }

    public static ChartSpec build(Selection s) {
        Dimension rowDim = dimension(s.rows().stream().map(r -> s.disclosure().links(s.table().id()).row(r.index())).toList());
        Dimension colDim = dimension(s.columns().stream().map(c -> s.disclosure().links(s.table().id()).column(c.index())).toList());
        String subtitle = s.disclosure().meta().force() + ", " + Format.periods(s.disclosure()) + ". Counts as published.";
        if (rowDim == Dimension.PERIOD || (colDim == Dimension.PERIOD && s.rows().size() == 1)) {
            return overTime(s, rowDim == Dimension.PERIOD, subtitle);
        }
        if (s.rows().size() == 1 && s.columns().size() > 1) {
            return oneRowAcross(s, colDim, subtitle);
        }
        boolean natural = rowDim == null || rowDim == Dimension.AGE_BAND || rowDim == Dimension.PERIOD;
        List<Row> rows = new ArrayList<>(s.rows());
        if (!natural) {
            rows.sort(Comparator.comparingLong((Row r) -> -rowTotal(r, s.columns())));
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        for (Column c : s.columns()) {
            series.add(new ChartSpec.Series(c.label(), rows.stream().map(r -> value(r.cell(c.index()))).toList(), c.periodNote()));
        }
        List<String> categories = rows.stream().map(Row::label).toList();
        List<String> categoryNotes = rows.stream().map(Row::periodNote).toList();
        String rowNoun = noun(rowDim, "row");
        String summary;
        Row top = rows.stream().max(Comparator.comparingLong(r -> rowTotal(r, s.columns()))).orElse(null);
        if (top == null || rowTotal(top, s.columns()) == 0) {
            summary = "The table gives no counts above zero to draw.";
        } else if (series.size() == 1) {
            summary = "Horizontal bars show the count for each of " + rows.size() + " " + plural(rowNoun, rows.size())
                    + (natural ? ", in the table's order" : ", largest first") + "; the largest is \"" + top.label() + "\" ("
                    + Format.number(rowTotal(top, s.columns())) + ").";
        } else {
            summary = "Stacked bars show " + rows.size() + " " + plural(rowNoun, rows.size()) + ", each split by "
                    + noun(colDim, "column") + " (" + series.size() + " parts)" + (natural ? "" : ", largest total first")
                    + "; the largest total is \"" + top.label() + "\" (" + Format.number(rowTotal(top, s.columns())) + ")."
                    + partialSentence(s.columns());
        }
        return new ChartSpec(s.id(), "bars", series.size() > 1, s.title(), subtitle, summary, capitalise(rowNoun), "Count",
                categories, categoryNotes, series, s.notes(), s.dataHref());
    }

    /** One row across several columns (an offence across outcomes): horizontal bars, one per column. */
    private static ChartSpec oneRowAcross(Selection s, Dimension colDim, String subtitle) {
        Row row = s.rows().get(0);
        boolean natural = colDim == null || colDim == Dimension.AGE_BAND;
        List<Column> columns = new ArrayList<>(s.columns());
        if (!natural) {
            columns.sort(Comparator.comparingLong((Column c) -> -row.cell(c.index()).contribution()));
        }
        List<String> categories = columns.stream().map(Column::label).toList();
        List<String> categoryNotes = columns.stream().map(Column::periodNote).toList();
        ChartSpec.Series series = new ChartSpec.Series(row.label(), columns.stream().map(c -> value(row.cell(c.index()))).toList(), null);
        Column top = columns.stream().max(Comparator.comparingLong(c -> row.cell(c.index()).contribution())).orElseThrow();
        String noun = noun(colDim, "column");
        String summary = row.cell(top.index()).contribution() == 0 ? "The row gives no counts above zero to draw."
                : "Horizontal bars show \"" + row.label() + "\" for each of " + columns.size() + " " + plural(noun, columns.size())
                + (natural ? "" : ", largest first") + "; the largest is \"" + top.label() + "\" ("
                + Format.number(row.cell(top.index()).contribution()) + ").";
        return new ChartSpec(s.id(), "bars", false, s.title(), subtitle, summary, capitalise(noun), "Count", categories,
                categoryNotes, List.of(series), s.notes(), s.dataHref());
    }

    /** Bars over time: periods are the categories, whether the table has them as rows or as columns. */
    private static ChartSpec overTime(Selection s, boolean periodsAreRows, String subtitle) {
        List<String> categories = new ArrayList<>();
        List<String> categoryNotes = new ArrayList<>();
        List<ChartSpec.Series> series = new ArrayList<>();
        if (periodsAreRows) {
            s.rows().forEach(r -> {
                categories.add(r.label());
                categoryNotes.add(r.periodNote());
            });
            for (Column c : s.columns()) {
                series.add(new ChartSpec.Series(c.label(), s.rows().stream().map(r -> value(r.cell(c.index()))).toList(), null));
            }
        } else {
            s.columns().forEach(c -> {
                categories.add(c.label());
                categoryNotes.add(c.periodNote());
            });
            Row row = s.rows().get(0);
            series.add(new ChartSpec.Series(row.label(), s.columns().stream().map(c -> value(row.cell(c.index()))).toList(), null));
        }
        StringBuilder summary = new StringBuilder("Bars show the count for each period, " + categories.get(0)
                + (categories.size() > 1 ? " to " + categories.get(categories.size() - 1) : "") + ".");
        for (int i = 0; i < categories.size(); i++) {
            if (categoryNotes.get(i) != null) {
                summary.append(" The ").append(categories.get(i)).append(" bar is hatched: it covers only part of the period (")
                        .append(categoryNotes.get(i)).append(").");
            }
        }
        return new ChartSpec(s.id(), "columns", series.size() > 1, s.title(), subtitle, summary.toString(), "Period", "Count",
                categories, categoryNotes, series, s.notes(), s.dataHref());
    }

    private static String partialSentence(List<Column> columns) {
        return columns.stream().filter(Column::partialPeriod).map(c -> " The " + c.label() + " part is hatched: it covers only part of the period ("
                + c.periodNote() + ").").reduce("", String::concat);
    }

    private static Long value(Cell c) {
        return c.value();
    }

    private static long rowTotal(Row r, List<Column> columns) {
        return columns.stream().mapToLong(c -> r.cell(c.index()).contribution()).sum();
    }

    /** The dimension most labels on an axis were linked to; null when none. */
    private static Dimension dimension(List<EntityMatch> matches) {
        return matches.stream().filter(Objects::nonNull).map(EntityMatch::dimension)
                .filter(d -> d != Dimension.TOTAL).findFirst().orElse(null);
    }

    private static String noun(Dimension d, String fallback) {
        if (d == null) {
            return fallback;
        }
        return d == Dimension.OFFENCE_CLASS ? "offence" : d.noun();
    }

    private static String plural(String noun, int n) {
        return n == 1 ? noun : noun + "s";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
