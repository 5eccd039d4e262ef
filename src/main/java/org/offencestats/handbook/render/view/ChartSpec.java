package org.offencestats.handbook.render.view;

import java.util.List;

/**
 * What a chart shows, independent of the charting library: the site script turns it into ECharts options.
 * {@code type} is "columns" (vertical bars over time) or "bars" (horizontal bars, stacked when there are several
 * series). Values are the published counts; null where the source gives none (dash, blank, lost, unreadable).
 * {@code categoryNotes} marks partial periods among the categories; a series' {@code note} marks a partial series.
 * {@code shortCategories} are the axis labels (abbreviated, never two alike; the full label is in the tooltip), and
 * {@code shortSeries} the legend's names likewise. A chart may show fewer categories than its table (the largest,
 * with the rest in the table) and one series the handbook computed (others grouped): its summary says so.
 */
public record ChartSpec(String id, String type, boolean stacked, String title, String subtitle, String summary,
                        String categoryAxis, String valueAxis, List<String> categories, List<String> shortCategories,
                        List<String> categoryNotes, List<Series> series, List<String> shortSeries, List<Integer> notes,
                        String dataHref) {

    public ChartSpec {
        categories = List.copyOf(categories);
        shortCategories = List.copyOf(shortCategories);
        categoryNotes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(categoryNotes));
        series = List.copyOf(series);
        shortSeries = List.copyOf(shortSeries);
        notes = List.copyOf(notes);
    }

    /**
     * One series: its name, a value per category (null where the source gives no figure), a partial-period note, and
     * whether the handbook computed it (a sum of grouped series) rather than it being a column or row of the table.
     */
    public record Series(String name, List<Long> values, String note, boolean computed) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public Series(String name, List<Long> values, String note) {
            this(name, values, note, false);
        }
    }
}
