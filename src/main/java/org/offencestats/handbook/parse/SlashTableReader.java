package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table whose cells are separated by " / " (space, slash, space), as some responses print it beside headers
 * that hold a slash of their own ("2005/06 / 2006/07"): only the spaced slash separates, so "2005/06" stays one cell.
 * A header line of at least two cells, then at least two rows of a label and one cell per column.
 */
final class SlashTableReader implements LayoutReader {

    private static final String SEPARATOR = " / ";

    /** A cell and the 1-based column its text starts at. */
    private record Part(String text, int column) {
    }

    @Override
    public Optional<LayoutReading> read(List<SourceLine> lines, int start, ReadingContext context) {
        List<Part> header = split(lines.get(start).text());
        if (header.size() < 2 || header.stream().anyMatch(h -> h.text().isEmpty()
                || (TableParts.isValue(h.text()) && !TableParts.isPeriod(h.text())))) {
            return Optional.empty();
        }
        int width = -1;
        int end = start;
        List<Integer> rowLines = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<Part> cells = split(lines.get(i).text());
            boolean stubbed = cells.size() == header.size() + 1 || cells.size() == header.size();
            if (!stubbed || (width > 0 && cells.size() != width) || !isRow(cells)) {
                break;
            }
            width = cells.size();
            rowLines.add(i);
            end = i;
        }
        if (rowLines.size() < 2) {
            return Optional.empty();
        }
        boolean stubHeader = width == header.size();
        String file = context.file();
        SourceLine head = lines.get(start);
        List<Column> columns = new ArrayList<>();
        for (int k = stubHeader ? 1 : 0; k < header.size(); k++) {
            Part h = header.get(k);
            columns.add(TableParts.column(columns.size(), h.text(), new SourceRef(file, head.number(), h.column()), width > 2));
        }
        List<Row> rows = new ArrayList<>();
        for (int i : rowLines) {
            SourceLine line = lines.get(i);
            List<Part> cells = split(line.text());
            List<Cell> figures = new ArrayList<>();
            for (Part c : cells.subList(1, cells.size())) {
                figures.add(CellReader.read(c.text(), new SourceRef(file, line.number(), c.column()), context.problems()));
            }
            Part label = cells.get(0);
            rows.add(TableParts.row(rows.size(), label.text(), new SourceRef(file, line.number(), label.column()), figures, null));
        }
        TableDraft draft = new TableDraft(stubHeader ? header.get(0).text() : null, null, false, columns, rows,
                TableLayout.SLASHES, SourceRef.line(file, head.number()), lines.get(end).number());
        return Optional.of(new LayoutReading(end - start + 1, List.of(draft)));
    }

    private static boolean isRow(List<Part> cells) {
        if (cells.get(0).text().isEmpty() || TableParts.isValue(cells.get(0).text())) {
            return false;
        }
        return cells.subList(1, cells.size()).stream().allMatch(c -> TableParts.isValue(c.text()));
    }

    /** The cells of a line split on " / ", each trimmed, with where its text starts; one part when there is no separator. */
    private static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = text.indexOf(SEPARATOR, from);
            String raw = at < 0 ? text.substring(from) : text.substring(from, at);
            String cell = raw.strip();
            int lead = cell.isEmpty() ? 0 : raw.indexOf(cell);
            parts.add(new Part(cell, from + lead + 1));
            if (at < 0 || parts.size() > 64) {
                return parts;
            }
            from = at + SEPARATOR.length();
        }
    }
}
