package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.CodeQuality;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.RowCode;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableLayout;

import org.offencestats.handbook.parse.numbers.NumberScanner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a tab-separated table: one or two header lines (a spanning "Year" above a row of years), one or
 * two stub columns (code and description), figure cells, total rows and columns, short rows, and a last
 * row interleaved cell by cell with the Grand Total row.
 */
final class TabTableReader {

    private static final Pattern TOTAL = TableParts.TOTAL;
    private static final Pattern INTERLEAVED_LABEL = Pattern.compile("(?i)^(.*\\S)\\s+(grand\\s+total)$");
    private static final Pattern TWO_COUNTS = Pattern.compile("^\\s*(\\d+)\\s+(\\d+)\\s*$");

    private final String file;
    private final List<Problem> problems;

    TabTableReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** True for a header line: labels or years, no counts, at least one text label after the first cell. */
    static boolean looksLikeHeader(String[] cells) {
        boolean text = false;
        for (int i = 1; i < cells.length; i++) {
            String c = cells[i];
            if (CellReader.isCount(c) && !CellReader.isYear(c)) {
                return false;
            }
            if (!Markup.strip(c).isEmpty() && !CellReader.isDash(c)) {
                text = true;
            }
        }
        return text;
    }

    TableDraft read(List<SourceLine> lines) {
        SourceLine head = lines.get(0);
        String[] h0 = head.cells();
        int headerLines = 1;
        String[] h1 = null;
        if (lines.size() > 1 && hasSpanningGap(h0) && looksLikeHeader(lines.get(1).cells())) {
            h1 = lines.get(1).cells();
            headerLines = 2;
        }
        int width = Math.max(h0.length, h1 == null ? 0 : h1.length);
        String[] labels = new String[width];
        String[] groups = new String[width];
        String span = null;
        for (int j = 0; j < width; j++) {
            String top = j < h0.length ? Markup.strip(h0[j]) : "";
            String bottom = h1 != null && j < h1.length ? Markup.strip(h1[j]) : "";
            if (!top.isEmpty()) {
                span = top;
            }
            if (!bottom.isEmpty()) {
                labels[j] = bottom;
                groups[j] = span;
            } else {
                labels[j] = top;
                groups[j] = null;
            }
        }
        List<SourceLine> body = lines.subList(headerLines, lines.size());
        int stubs = stubColumns(body, width);
        boolean codeColumn = stubs == 2 && labels[0].toLowerCase(Locale.ROOT).contains("code");
        if (stubs > 2) {
            problems.add(Problem.note(SourceRef.line(file, head.number()),
                    "The table has " + stubs + " label columns; only the last is read as the row label",
                    "Expected one label column, or a code column and a label column"));
        }
        String rowDimension = emptyToNull(labels[stubs - 1]);
        if (rowDimension == null && h1 != null) {
            rowDimension = emptyToNull(Markup.strip(h0[0]));
        }

        List<Column> columns = new ArrayList<>();
        SourceLine labelLine = h1 != null ? lines.get(1) : head;
        int[] labelCols = labelLine.cellColumns();
        boolean multipleValueColumns = width - stubs > 1;
        for (int j = stubs; j < width; j++) {
            Marks.Marked marked = Marks.split(labels[j]);
            String raw = j < labelLine.cells().length ? labelLine.cells()[j] : "";
            boolean total = multipleValueColumns && TOTAL.matcher(marked.text()).matches();
            SourceRef ref = new SourceRef(file, labelLine.number(), j < labelCols.length ? labelCols[j] : 0);
            String group = groups[j] != null && TOTAL.matcher(groups[j]).matches() ? null : groups[j];
            columns.add(new Column(j - stubs, marked.text(), raw, marked.marks(), total ? null : group, total, ref));
        }
        String columnDimension = commonGroup(columns);

        List<Row> rows = new ArrayList<>();
        for (SourceLine line : body) {
            readRow(line, stubs, codeColumn, width, rows);
        }
        return new TableDraft(rowDimension, columnDimension, codeColumn, columns, rows, TableLayout.TABS,
                SourceRef.line(file, head.number()), lines.get(lines.size() - 1).number());
    }

    private static boolean hasSpanningGap(String[] h0) {
        for (int j = 1; j < h0.length; j++) {
            if (Markup.strip(h0[j]).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Leading columns in which no body row of at least the header's width holds a figure: the row stub. Column 0 always is one. */
    private static int stubColumns(List<SourceLine> body, int width) {
        int stubs = 1;
        while (stubs < width - 1) {
            final int j = stubs;
            boolean figures = body.stream().map(SourceLine::cells).filter(c -> c.length >= width)
                    .anyMatch(c -> CellReader.isCount(c[j]) || CellReader.isDash(c[j]));
            if (figures) {
                break;
            }
            stubs++;
        }
        return stubs;
    }

    private void readRow(SourceLine line, int stubs, boolean codeColumn, int width, List<Row> rows) {
        String[] cells = line.cells();
        int[] cols = line.cellColumns();
        int values = width - stubs;
        List<String> notes = new ArrayList<>();
        // Trailing empty cells beyond the header width carry nothing: drop them quietly.
        int n = cells.length;
        while (n > width && Markup.strip(cells[n - 1]).isEmpty()) {
            n--;
        }
        String[] stubCells;
        int[] stubCols;
        String[] valueCells;
        int[] valueCols;
        if (n >= width) {
            stubCells = Arrays.copyOfRange(cells, 0, stubs);
            stubCols = Arrays.copyOfRange(cols, 0, stubs);
            valueCells = Arrays.copyOfRange(cells, stubs, n);
            valueCols = Arrays.copyOfRange(cols, stubs, n);
        } else if (n >= values + 1) {
            // Short in the stub: the figures are right-aligned, so the missing cell is a label cell (e.g. a code
            // cell that lost its tab). Read the figures from the right.
            int stubHave = n - values;
            stubCells = new String[stubs];
            stubCols = new int[stubs];
            Arrays.fill(stubCells, "");
            for (int k = 0; k < stubHave; k++) {
                stubCells[stubs - stubHave + k] = cells[k];
                stubCols[stubs - stubHave + k] = cols[k];
            }
            valueCells = Arrays.copyOfRange(cells, stubHave, n);
            valueCols = Arrays.copyOfRange(cols, stubHave, n);
            notes.add("The line has " + n + " cells where the header has " + width
                    + ": the figures were read from the right, so a label cell is missing.");
            problems.add(Problem.note(SourceRef.line(file, line.number()),
                    "The line has " + n + " cells where the header has " + width + ", so the figures were read from the right",
                    "Check this row's code and label against the published response"));
        } else {
            stubCells = new String[stubs];
            stubCols = new int[stubs];
            Arrays.fill(stubCells, "");
            stubCells[stubs - 1] = cells[0];
            stubCols[stubs - 1] = cols[0];
            valueCells = Arrays.copyOfRange(cells, 1, n);
            valueCols = Arrays.copyOfRange(cols, 1, n);
            notes.add("The line has only " + n + " cells where the header has " + width + ": missing figures are marked as lost.");
            problems.add(Problem.warning(SourceRef.line(file, line.number()),
                    "The line has only " + n + " cells where the header has " + width + ", so its missing figures are marked as lost",
                    "Every row needs one cell per column; record a correction if the source lost figures"));
        }

        String labelRaw = stubCells[stubs - 1];
        String labelText = Markup.strip(labelRaw);
        RowCode code = RowCode.NONE;
        if (codeColumn) {
            code = CodeReader.fromCell(stubCells[0]);
            if (code.quality() == CodeQuality.ABSENT && labelText.startsWith("(") && !labelText.contains(")")) {
                // "(Cause or incite ...": a stray "(" in the code column that lost its tab.
                code = new RowCode("(", null, CodeQuality.GARBLED);
                labelText = labelText.substring(1).strip();
                notes.add("The label began with a stray \"(\": read as a garbled code cell joined to the label.");
            }
        } else {
            code = CodeReader.fromLabelPrefix(labelText);
        }
        if (code.quality() == CodeQuality.GARBLED || code.quality() == CodeQuality.WITH_DEBRIS) {
            boolean noCode = code.code() == null;
            problems.add(Problem.note(new SourceRef(file, line.number(), codeColumn ? Math.max(stubCols[0], 1) : 1),
                    noCode ? "The code cell reads \"" + code.raw().strip() + "\", which holds no offence code"
                            : "The code cell reads \"" + code.raw().strip() + "\": code " + code.code() + " followed by stray text",
                    noCode ? "The row is linked to an offence by its wording, where the taxonomy knows it"
                            : "The code " + code.code() + " is used and the stray text ignored"));
        }

        Matcher interleaved = INTERLEAVED_LABEL.matcher(labelText);
        boolean pairedCells = Arrays.stream(valueCells).anyMatch(c -> TWO_COUNTS.matcher(Markup.strip(c)).matches());
        if (interleaved.matches() && pairedCells && !TOTAL.matcher(labelText).matches()) {
            recoverInterleaved(line, interleaved.group(1), interleaved.group(2), labelRaw, code, valueCells, valueCols,
                    values, notes, rows);
            return;
        }

        Marks.Marked label = Marks.split(labelText);
        List<Cell> figures = new ArrayList<>();
        for (int k = 0; k < values; k++) {
            if (k < valueCells.length) {
                figures.add(CellReader.read(valueCells[k], new SourceRef(file, line.number(), valueCols[k]), problems));
            } else {
                figures.add(new Cell("", CellKind.LOST, null, List.of(), SourceRef.line(file, line.number())));
            }
        }
        for (int k = values; k < valueCells.length; k++) {
            problems.add(Problem.warning(new SourceRef(file, line.number(), valueCols[k]),
                    "The cell \"" + valueCells[k] + "\" stands beyond the last column and is not read",
                    "Expected one cell per header column"));
        }
        boolean total = TOTAL.matcher(label.text()).matches();
        rows.add(new Row(rows.size(), label.text(), labelRaw, code, label.marks(), total, figures,
                SourceRef.line(file, line.number()), false, notes.isEmpty() ? null : String.join(" ", notes)));
    }

    /**
     * The last body row and the Grand Total row were merged cell by cell ("0 90": 0 for the row, 90 for the total).
     * The first number of each cell belongs to the row, the second to the total; a cell with one number gives the
     * row's figure, and the total's figure for that column is lost.
     */
    private void recoverInterleaved(SourceLine line, String rowLabel, String totalLabel, String labelRaw, RowCode code,
                                    String[] valueCells, int[] valueCols, int values, List<String> notes, List<Row> rows) {
        String note = "Recovered: in the source this line holds this row and the " + totalLabel
                + " row interleaved cell by cell; the first number of each cell is read as this row's, the second as the total's.";
        List<Cell> own = new ArrayList<>();
        List<Cell> total = new ArrayList<>();
        for (int k = 0; k < values; k++) {
            SourceRef ref = new SourceRef(file, line.number(), k < valueCols.length ? valueCols[k] : 0);
            String raw = k < valueCells.length ? valueCells[k] : "";
            Matcher two = TWO_COUNTS.matcher(Markup.strip(raw));
            // A run of digits too long for a count is no pair: the cell is read alone and shown as unreadable.
            Long first = two.matches() ? NumberScanner.valueOf(two.group(1)) : null;
            Long second = two.matches() ? NumberScanner.valueOf(two.group(2)) : null;
            if (first != null && second != null) {
                own.add(new Cell(raw, CellKind.NUMBER, first, List.of(), ref));
                total.add(new Cell(raw, CellKind.NUMBER, second, List.of(), ref));
            } else {
                own.add(CellReader.read(raw, ref, problems));
                total.add(new Cell(raw, CellKind.LOST, null, List.of(), ref));
            }
        }
        problems.add(Problem.note(SourceRef.line(file, line.number()),
                "The row \"" + rowLabel + "\" and the " + totalLabel + " row are interleaved on one line; both were recovered, and "
                        + total.stream().filter(c -> c.kind() == CellKind.LOST).count() + " of the total's cells are lost",
                "Check the recovered figures against the published response"));
        Marks.Marked label = Marks.split(rowLabel);
        String ownNote = notes.isEmpty() ? note : String.join(" ", notes) + " " + note;
        rows.add(new Row(rows.size(), label.text(), labelRaw, code, label.marks(), false, own,
                SourceRef.line(file, line.number()), true, ownNote));
        rows.add(new Row(rows.size(), totalLabel, labelRaw, RowCode.NONE, List.of(), true, total,
                SourceRef.line(file, line.number()), true, note));
    }

    private static String commonGroup(List<Column> columns) {
        String group = null;
        for (Column c : columns) {
            if (c.total()) {
                continue;
            }
            if (c.group() == null || (group != null && !group.equals(c.group()))) {
                return null;
            }
            group = c.group();
        }
        return group;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
