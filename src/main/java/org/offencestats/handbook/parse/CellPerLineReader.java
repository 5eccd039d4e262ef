package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table flattened one cell per line (see {@link CellStream}): a header row, then rows of a label and one cell
 * per value column. The header's width is not written anywhere, so every width is tried and the one under which the
 * most cells fall into complete rows (the furthest-reaching reading) wins; at least two complete rows are needed (or, under a header of years, one
 * unlabelled row of figures).
 */
final class CellPerLineReader implements LayoutReader {

    private static final int MAX_HEADERS = 24;

    /** A header width and whether its first cell is the stub (the row labels' own header), and the rows it gives. */
    private record Shape(int headers, boolean stub, int rows, int end) {
        int values() {
            return stub ? headers - 1 : headers;
        }
    }

    @Override
    public Optional<LayoutReading> read(List<SourceLine> lines, int start, ReadingContext context) {
        List<CellStream.Token> tokens = CellStream.from(lines, start);
        boolean piped = CellStream.isPiped(lines.get(start).text());
        if (tokens.size() < 4) {
            return Optional.empty();
        }
        Shape best = null;
        for (int h = 1; h <= Math.min(MAX_HEADERS, tokens.size() - 1); h++) {
            if (!validHeader(tokens, h, piped)) {
                break;
            }
            for (boolean stub : new boolean[] {false, true}) {
                Shape shape = measure(tokens, h, stub);
                if (shape != null && (best == null || shape.end() > best.end())) {
                    best = shape;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(build(lines, tokens, best, context));
    }

    /** Headers are text or periods; only the first may be empty (the stub over the labels). Without pipes, periods only. */
    private static boolean validHeader(List<CellStream.Token> tokens, int h, boolean piped) {
        CellStream.Token t = tokens.get(h - 1);
        if (t.empty()) {
            return h == 1;
        }
        if (TableParts.isPeriod(t.text())) {
            return true;
        }
        return (piped || h == 1) && !TableParts.isValue(t.text());
    }

    /** The rows this shape reads, or null when it reads too few to be evidence of a table. */
    private static Shape measure(List<CellStream.Token> tokens, int h, boolean stub) {
        int values = stub ? h - 1 : h;
        if (values < 1 || (!stub && tokens.get(0).empty())) {
            return null;
        }
        int p = h;
        int rows = 0;
        while (true) {
            int q = skipEmpty(tokens, p);
            if (q + values >= tokens.size() || !isLabel(tokens.get(q), tokens, stub) || !valuesAt(tokens, q + 1, values)) {
                break;
            }
            rows++;
            p = q + 1 + values;
        }
        if (rows >= 2) {
            return new Shape(h, stub, rows, p);
        }
        boolean periods = tokens.subList(0, h).stream().allMatch(t -> TableParts.isPeriod(t.text()));
        if (rows == 0 && !stub && h >= 2 && periods && valuesAt(tokens, h, values) && !tokens.get(h).empty()) {
            return new Shape(h, false, 0, h + values);
        }
        return null;
    }

    private static int skipEmpty(List<CellStream.Token> tokens, int p) {
        while (p < tokens.size() && tokens.get(p).empty()) {
            p++;
        }
        return p;
    }

    /** A row label is text; a year only under a stub header that names it ("Year"). */
    private static boolean isLabel(CellStream.Token t, List<CellStream.Token> tokens, boolean stub) {
        if (t.empty()) {
            return false;
        }
        if (!TableParts.isValue(t.text())) {
            return true;
        }
        return stub && !tokens.get(0).empty() && TableParts.isPeriod(t.text());
    }

    private static boolean valuesAt(List<CellStream.Token> tokens, int from, int count) {
        if (from + count > tokens.size()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (!TableParts.isValue(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    private static LayoutReading build(List<SourceLine> lines, List<CellStream.Token> tokens, Shape shape, ReadingContext context) {
        String file = context.file();
        int first = shape.stub() ? 1 : 0;
        List<Column> columns = new ArrayList<>();
        for (int k = first; k < shape.headers(); k++) {
            CellStream.Token t = tokens.get(k);
            columns.add(TableParts.column(k - first, t.text(), CellStream.ref(file, lines, t), shape.values() > 1));
        }
        List<Row> rows = new ArrayList<>();
        int p = shape.headers();
        if (shape.rows() == 0) {
            rows.add(TableParts.row(0, "", SourceRef.line(file, lines.get(tokens.get(p).index()).number()),
                    cells(file, lines, tokens, p, shape.values(), context), "The source gives this row no label."));
            p += shape.values();
        }
        for (int r = 0; r < shape.rows(); r++) {
            int q = skipEmpty(tokens, p);
            CellStream.Token label = tokens.get(q);
            rows.add(TableParts.row(rows.size(), label.text(), CellStream.ref(file, lines, label),
                    cells(file, lines, tokens, q + 1, shape.values(), context), null));
            p = q + 1 + shape.values();
        }
        int lastIndex = tokens.get(p - 1).index();
        Optional<Row> cut = new CutOffRow(file, lines, context.problems()).after(tokens, p, lastIndex, shape.values(), rows.size());
        if (cut.isPresent()) {
            rows.add(cut.get());
            lastIndex = lines.size() - 1;
            while (lines.get(lastIndex).isBlank()) {
                lastIndex--;
            }
        }
        String stubHeader = shape.stub() && !tokens.get(0).empty() ? Markup.strip(tokens.get(0).text()) : null;
        int startIndex = tokens.get(0).index();
        TableDraft draft = new TableDraft(stubHeader, null, false, columns, rows, TableLayout.ONE_CELL_PER_LINE,
                SourceRef.line(file, lines.get(startIndex).number()), lines.get(lastIndex).number());
        return new LayoutReading(lastIndex - startIndex + 1, List.of(draft));
    }

    private static List<Cell> cells(String file, List<SourceLine> lines, List<CellStream.Token> tokens, int from, int count,
                                    ReadingContext context) {
        List<Cell> cells = new ArrayList<>();
        for (int k = from; k < from + count; k++) {
            CellStream.Token t = tokens.get(k);
            cells.add(CellReader.read(t.text(), CellStream.ref(file, lines, t), context.problems()));
        }
        return cells;
    }
}
