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
        if (rowDim == Dimension.PERIOD || (colDim == Dimension.PERIOD && s.rows().size() == 1)) {
            return overTime(s, rowDim == Dimension.PERIOD);
        }
        if (s.rows().size() == 1 && s.columns().size() > 1) {
            return oneRowAcross(s, colDim);
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
                    + (natural ? ", in the table's order" : ", largest first") + "; the largest is \"" + ChartShaping.readable(top.label()) + "\" ("
                    + Format.number(rowTotal(top, s.columns())) + ")." + s.columns().stream().filter(Column::partialPeriod)
                    .map(c -> " The bars are hatched: " + c.label() + " covers only part of the period (" + c.periodNote() + ").")
                    .reduce("", String::concat);
        } else {
            summary = "Stacked bars show " + rows.size() + " " + plural(rowNoun, rows.size()) + ", each split by "
                    + noun(colDim, "column") + " (" + series.size() + " parts)" + (natural ? "" : ", largest total first")
                    + "; the largest total is \"" + ChartShaping.readable(top.label()) + "\" (" + Format.number(rowTotal(top, s.columns())) + ")."
                    + partialSentence(s.columns());
        }
        return finish(s, "bars", summary, capitalise(rowNoun), categories, categoryNotes, series, !natural, rowNoun, noun(colDim, "column"));
    }

    /** One row across several columns (an offence across outcomes): horizontal bars, one per column. */
    private static ChartSpec oneRowAcross(Selection s, Dimension colDim) {
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
                + (natural ? "" : ", largest first") + "; the largest is \"" + ChartShaping.readable(top.label()) + "\" ("
                + Format.number(row.cell(top.index()).contribution()) + ").";
        return finish(s, "bars", summary, capitalise(noun), categories, categoryNotes, List.of(series), !natural, noun, "row");
    }

    /** Bars over time: periods are the categories, whether the table has them as rows or as columns. */
    private static ChartSpec overTime(Selection s, boolean periodsAreRows) {
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
        return finish(s, "columns", summary.toString(), "Period", categories, categoryNotes, series, false, "period",
                periodsAreRows ? noun(dimension(s.columns().stream().map(c -> s.disclosure().links(s.table().id()).column(c.index())).toList()), "column") : "row");
    }

    /**
     * The shaping every chart gets: readable names for blank labels, at most six series (the rest grouped into one
     * computed series), the largest categories only when a breakdown is long and may be cut, and short labels.
     */
    private static ChartSpec finish(Selection s, String type, String summary, String axis, List<String> rawCategories,
                                    List<String> rawNotes, List<ChartSpec.Series> rawSeries, boolean mayCut, String categoryNoun,
                                    String seriesNoun) {
        String subtitle = s.disclosure().meta().force() + ", " + Format.periods(s.disclosure()) + ". Counts as published.";
        List<ChartSpec.Series> named = rawSeries.stream()
                .map(x -> new ChartSpec.Series(ChartShaping.readable(x.name()), x.values(), x.note(), x.computed())).toList();
        ChartShaping.Grouping grouping = ChartShaping.group(named, plural(seriesNoun, 2));
        List<Long> totals = new ArrayList<>();
        for (int k = 0; k < rawCategories.size(); k++) {
            final int at = k;
            totals.add(named.stream().mapToLong(x -> x.values().get(at) == null ? 0 : x.values().get(at)).sum());
        }
        List<Integer> shown = mayCut ? ChartShaping.topCategories(totals) : java.util.stream.IntStream.range(0, rawCategories.size()).boxed().toList();
        List<String> categories = shown.stream().map(k -> ChartShaping.readable(rawCategories.get(k))).toList();
        StringBuilder text = new StringBuilder(summary);
        List<String> notes = new ArrayList<>();
        for (int k : shown) {
            String note = rawNotes.get(k) != null ? rawNotes.get(k) : partOf(s, rawCategories.get(k));
            if (rawNotes.get(k) == null && note != null) {
                text.append(" The ").append(rawCategories.get(k)).append(" bar is hatched: the disclosure covers only part of that period (")
                        .append(note).append(").");
            }
            notes.add(note);
        }
        List<ChartSpec.Series> series = grouping.series().stream().map(x -> new ChartSpec.Series(x.name(),
                shown.stream().map(x.values()::get).toList(), x.note() != null || x.computed() ? x.note() : partOf(s, x.name()),
                x.computed())).toList();
        if (shown.size() < rawCategories.size()) {
            text.append(" The chart shows the ").append(shown.size()).append(" largest of ").append(rawCategories.size()).append(' ')
                    .append(plural(categoryNoun, rawCategories.size())).append("; every figure is in the table.");
        }
        if (!grouping.groupedNames().isEmpty()) {
            ChartSpec.Series other = series.get(series.size() - 1);
            text.append(" It draws the ").append(series.size() - 1).append(" largest ").append(plural(seriesNoun, 2))
                    .append(" and adds the other ").append(grouping.groupedNames().size()).append(" together as one part, \"")
                    .append(other.name()).append("\": ")
                    .append(String.join("; ", ChartShaping.shortLabels(grouping.groupedNames(), ChartShaping.SHORT_LABEL)))
                    .append(". The table gives each of them.");
        }
        return new ChartSpec(s.id(), type, series.size() > 1, s.title(), subtitle,
                text.toString(), axis, "Count", categories, ChartShaping.shortLabels(categories, ChartShaping.SHORT_LABEL), notes,
                series, ChartShaping.shortLabels(series.stream().map(ChartSpec.Series::name).toList(), ChartShaping.SHORT_LABEL),
                s.notes(), s.dataHref());
    }

    /** The disclosure's note when a label is one of its periods that it covers only in part ("so far this year"); else null. */
    private static String partOf(Selection s, String label) {
        return s.disclosure().meta().periods().stream().filter(p -> p.partial() && p.label().equals(label)).findFirst()
                .map(p -> p.partialNote() != null ? p.partialNote() : "part of the period").orElse(null);
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
