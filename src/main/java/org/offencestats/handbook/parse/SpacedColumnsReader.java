package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a space-aligned table with one or more figure columns: a header ("Year   Arrests", "Local authority area
 * Incidents  Crimes"), then rows of a label and figures separated by spaces, with blank lines between rows allowed.
 * A row broken across lines (label and some figures, then the rest on the next lines) is joined; a row with fewer
 * figures than columns keeps the missing ones as lost and is noted. The first row sets the width; at least two rows
 * must be whole on their line.
 */
final class SpacedColumnsReader implements LayoutReader {

    private static final int MAX_BLANKS = 2;

    @Override
    public Optional<LayoutReading> read(List<SourceLine> lines, int start, ReadingContext context) {
        if (!SpacedHeader.looksLikeHeader(lines.get(start).text())) {
            return Optional.empty();
        }
        int firstRow = nextNonBlank(lines, start);
        if (firstRow < 0) {
            return Optional.empty();
        }
        SpacedRowLine sample = SpacedRowLine.of(lines.get(firstRow).text());
        boolean yearRows = sample.label().isEmpty() && sample.figures().size() >= 2 && TableParts.isPeriod(sample.figures().get(0));
        int width = yearRows ? sample.figures().size() - 1 : sample.figures().size();
        if (width < 1 || (!yearRows && !sample.labelLikeARow())) {
            return Optional.empty();
        }
        SpacedHeader header = SpacedHeader.of(lines.get(start).text(), width);
        if (header == null) {
            return Optional.empty();
        }
        String file = context.file();
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int whole = 0;
        int end = start;
        Pending pending = null;
        for (int i = nextNonBlank(lines, start); i >= 0; i = nextNonBlank(lines, i)) {
            SourceLine line = lines.get(i);
            SpacedRowLine read = SpacedRowLine.of(line.text());
            if (line.hasTab()) {
                break;
            }
            if (read.label().isEmpty() && pending != null && pending.wanting(width) >= read.figures().size()) {
                pending.add(file, line, read, problems, context);
                end = i;
                continue;
            }
            if (yearRows && read.label().isEmpty() && read.figures().size() >= 2 && TableParts.isPeriod(read.figures().get(0))) {
                read = read.firstFigureAsLabel();
            }
            if (!read.labelLikeARow() || read.figures().size() > width || (read.figures().isEmpty() && pending == null && rows.isEmpty())) {
                break;
            }
            if (pending != null) {
                rows.add(pending.finish(rows.size(), width, problems));
            }
            pending = new Pending(file, line, read);
            pending.add(file, line, read, problems, context);
            if (read.figures().size() == width) {
                whole++;
            }
            end = i;
        }
        if (pending != null) {
            if (pending.cells.isEmpty()) {
                end = pending.labelIndex - 1;
            } else {
                rows.add(pending.finish(rows.size(), width, problems));
            }
        }
        if (whole < 2) {
            return Optional.empty();
        }
        context.problems().addAll(problems);
        SourceLine head = lines.get(start);
        List<Column> columns = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            columns.add(TableParts.column(k, header.headers().get(k), new SourceRef(file, head.number(), header.columns().get(k)), width > 1));
        }
        while (end > start && lines.get(end).isBlank()) {
            end--;
        }
        TableDraft draft = new TableDraft(header.stub(), null, false, columns, rows, TableLayout.SPACED_COLUMNS,
                SourceRef.line(file, head.number()), lines.get(end).number());
        return Optional.of(new LayoutReading(end - start + 1, List.of(draft)));
    }

    /** Next non-blank line after {@code from} within {@link #MAX_BLANKS} blank lines, or -1. */
    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from + 1; i < lines.size() && i <= from + 1 + MAX_BLANKS; i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** A row being read: its label, and the figures found so far on its own and following lines. */
    private static final class Pending {
        final String label;
        final SourceRef labelRef;
        final int labelIndex;
        final List<Cell> cells = new ArrayList<>();
        boolean broken;

        Pending(String file, SourceLine line, SpacedRowLine read) {
            this.label = read.label();
            this.labelRef = new SourceRef(file, line.number(), read.labelColumn());
            this.labelIndex = line.number() - 1;
        }

        int wanting(int width) {
            return width - cells.size();
        }

        void add(String file, SourceLine line, SpacedRowLine read, List<Problem> problems, ReadingContext context) {
            broken |= line.number() != labelRef.line();
            for (int k = 0; k < read.figures().size(); k++) {
                cells.add(CellReader.read(read.figures().get(k), new SourceRef(file, line.number(), read.figureColumns().get(k)), problems));
            }
        }

        Row finish(int index, int width, List<Problem> problems) {
            String note = broken ? "In the source this row is broken across lines; its figures were joined." : null;
            if (cells.size() < width) {
                int have = cells.size();
                while (cells.size() < width) {
                    cells.add(TableParts.lost(SourceRef.line(labelRef.file(), labelRef.line())));
                }
                problems.add(Problem.note(labelRef, "The row \"" + label + "\" has " + have + " of " + width
                                + " figures; the missing ones are marked as missing, not zero",
                        "A short row often means a period not yet reached; check the published response"));
                note = (note == null ? "" : note + " ") + "The source gives " + have + " of " + width + " figures.";
            }
            return TableParts.row(index, label, labelRef, cells, note);
        }
    }
}
