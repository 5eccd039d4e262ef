package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.RowCode;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a two-column table laid out with spaces only: a header such as "Outcome Total", then lines such as
 * "Community Resolution 3" (label, space, figure) up to a "Grand Total" line.
 */
final class SpacedTableReader {

    private static final Pattern HEADER = Pattern.compile("^(\\S(?:.*\\S)?)\\s+(Total|Count|Number|Crimes|Offences)$");
    private static final Pattern ROW = Pattern.compile("^(\\S(?:.*\\S)?)\\s+(\\d{1,3}(?:,\\d{3})+|\\d+|-)\\s*$");
    private static final Pattern LABEL_ENDS_IN_FIGURE = Pattern.compile(".*\\s(\\d{1,3}(?:,\\d{3})+|\\d+|-)$");
    private static final Pattern TOTAL = TableParts.TOTAL;

    private final String file;
    private final List<Problem> problems;

    SpacedTableReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** How many lines from {@code start} form a spaced table (header plus at least two rows), or 0. */
    static int lengthAt(List<SourceLine> lines, int start) {
        SourceLine head = lines.get(start);
        String text = Markup.strip(head.text());
        if (head.hasTab() || !HEADER.matcher(text).matches() || text.matches(".*\\d.*")) {
            return 0;
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).hasTab() && isRow(Markup.strip(lines.get(end).text()))) {
            end++;
        }
        return end - start - 1 >= 2 ? end - start : 0;
    }

    /** A label and one figure; a label that itself ends in a figure means more columns than this reader reads. */
    private static boolean isRow(String text) {
        Matcher m = ROW.matcher(text);
        return m.matches() && !LABEL_ENDS_IN_FIGURE.matcher(m.group(1)).matches();
    }

    TableDraft read(List<SourceLine> lines) {
        SourceLine head = lines.get(0);
        Matcher h = HEADER.matcher(Markup.strip(head.text()));
        if (!h.matches()) {
            throw new IllegalArgumentException("not a spaced table header: " + head.text());
        }
        int valueColumn = head.text().lastIndexOf(h.group(2)) + 1;
        Column column = new Column(0, h.group(2), h.group(2), List.of(), null, false, new SourceRef(file, head.number(), valueColumn));
        List<Row> rows = new ArrayList<>();
        for (SourceLine line : lines.subList(1, lines.size())) {
            String text = line.text();
            Matcher m = ROW.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a spaced table row: " + text);
            }
            int col = text.lastIndexOf(m.group(2)) + 1;
            Marks.Marked label = Marks.split(Markup.strip(m.group(1)));
            Cell cell = CellReader.read(m.group(2), new SourceRef(file, line.number(), col), problems);
            rows.add(new Row(rows.size(), label.text(), m.group(1), RowCode.NONE, label.marks(),
                    TOTAL.matcher(label.text()).matches(), List.of(cell), SourceRef.line(file, line.number()), false, null));
        }
        return new TableDraft(h.group(1), null, false, List.of(column), rows, TableLayout.SPACES,
                SourceRef.line(file, head.number()), lines.get(lines.size() - 1).number());
    }
}
