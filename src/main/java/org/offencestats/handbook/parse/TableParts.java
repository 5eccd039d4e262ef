package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceRef;

import java.util.List;
import java.util.regex.Pattern;

/** Builds the columns and rows of the flattened layouts the same way: labels without markup, marks split, totals flagged. */
final class TableParts {

    /** "Total", "Grand Total", "Total Count", "Sum:": every reader flags (and so audits) the same total labels. */
    static final Pattern TOTAL = Pattern.compile("(?i)(grand\\s+)?total(\\s+count)?|sum:?");
    /** A year or financial year as a header: "2019", "2021/2022", "2005/06", "2014-15", "FY 2014-15". */
    private static final Pattern PERIOD = Pattern.compile("(?i)(FY\\s?)?(19|20)\\d\\d([/-]((19|20)\\d\\d|\\d\\d))?");
    /** A cell that stands in for a figure without being one: "*", "<5", "n/a". */
    private static final Pattern STAND_IN = Pattern.compile("(?i)[*]|<\\s?\\d+|n/?a");

    private TableParts() {
    }

    static boolean isTotal(String label) {
        return TOTAL.matcher(Marks.split(Markup.strip(label)).text()).matches();
    }

    static boolean isPeriod(String raw) {
        return PERIOD.matcher(Marks.split(Markup.strip(raw)).text()).matches();
    }

    /** A cell that can stand in a figure column: a count, a dash, an empty cell or a stand-in such as "<5". */
    static boolean isValue(String raw) {
        String text = Markup.strip(raw);
        return text.isEmpty() || CellReader.isCount(text) || CellReader.isDash(text) || STAND_IN.matcher(text).matches();
    }

    static Column column(int index, String raw, SourceRef ref, boolean manyColumns) {
        Marks.Marked marked = Marks.split(Markup.strip(raw));
        return new Column(index, marked.text(), raw, marked.marks(), null, manyColumns && isTotal(raw), ref);
    }

    static Row row(int index, String rawLabel, SourceRef ref, List<Cell> cells, String note) {
        Marks.Marked label = Marks.split(Markup.strip(rawLabel));
        return new Row(index, label.text(), rawLabel, CodeReader.fromLabelPrefix(label.text()), label.marks(),
                isTotal(rawLabel), cells, ref, false, note);
    }

    /** A cell the text lost (a row cut off or short): shown as missing, never as 0. */
    static Cell lost(SourceRef ref) {
        return new Cell("", CellKind.LOST, null, List.of(), ref);
    }
}
