package org.offencestats.handbook.render.view;

import java.util.List;

/**
 * What a chart shows, independent of the charting library: the site script turns it into ECharts options.
 * {@code type} is "columns" (vertical bars over time) or "bars" (horizontal bars, stacked when there are several
 * series). Values are the published counts; null where the source gives none (dash, blank, lost, unreadable).
 * {@code categoryNotes} marks partial periods among the categories; a series' {@code note} marks a partial series.
 */
public record ChartSpec(String id, String type, boolean stacked, String title, String subtitle, String summary,
                        String categoryAxis, String valueAxis, List<String> categories, List<String> categoryNotes,
                        List<Series> series, List<Integer> notes, String dataHref) {

    public ChartSpec {
        categories = List.copyOf(categories);
        categoryNotes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(categoryNotes));
        series = List.copyOf(series);
        notes = List.copyOf(notes);
    }

    /** One series: its name, a value per category (null where the source gives no figure), and a partial-period note. */
    public record Series(String name, List<Long> values, String note) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
