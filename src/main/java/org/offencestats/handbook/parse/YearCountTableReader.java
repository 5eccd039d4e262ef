package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.RowCode;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two or more "YYYY – N" pairs, on one line or on consecutive lines (blank lines between allowed), read as a Year x
 * count table so they chart as a series. The run ends at a line that is not pairs, at a new list mark ("2. 2011 -
 * 3739" starts the answer to another question), or where the years stop running one way. A year answered in words
 * is an unreadable cell with a note (not zero); a pair cut off after its dash is a lost cell with a note.
 */
final class YearCountTableReader implements LayoutReader {

    @Override
    public Optional<LayoutReading> read(List<SourceLine> lines, int start, ReadingContext context) {
        Optional<YearPairs.Line> first = YearPairs.read(lines.get(start).text());
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<SourceLine> used = new ArrayList<>(List.of(lines.get(start)));
        List<YearPairs.Line> read = new ArrayList<>(List.of(first.get()));
        int direction = direction(first.get().pairs(), 0);
        if (direction == Integer.MIN_VALUE) {
            return Optional.empty();
        }
        int lastYear = last(first.get().pairs()).firstYear();
        for (int i = start + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Optional<YearPairs.Line> next = YearPairs.read(lines.get(i).text());
            if (next.isEmpty() || next.get().listMark() != null) {
                break;
            }
            int step = Integer.signum(next.get().pairs().get(0).firstYear() - lastYear);
            if (step == 0 || direction != 0 && step != direction || direction(next.get().pairs(), step) == Integer.MIN_VALUE) {
                break;
            }
            direction = step;
            lastYear = last(next.get().pairs()).firstYear();
            used.add(lines.get(i));
            read.add(next.get());
        }
        int pairs = read.stream().mapToInt(l -> l.pairs().size()).sum();
        if (pairs < 2) {
            return Optional.empty();
        }
        return Optional.of(new LayoutReading(used.get(used.size() - 1).number() - lines.get(start).number() + 1,
                List.of(draft(used, read, context))));
    }

    /** +1 or -1 when the years on a line run one way (0 for a single pair), MIN_VALUE when they do not. */
    private static int direction(List<YearPairs.Pair> pairs, int expected) {
        int direction = expected;
        for (int k = 1; k < pairs.size(); k++) {
            int step = Integer.signum(pairs.get(k).firstYear() - pairs.get(k - 1).firstYear());
            if (step == 0 || direction != 0 && step != direction) {
                return Integer.MIN_VALUE;
            }
            direction = step;
        }
        return direction;
    }

    private static YearPairs.Pair last(List<YearPairs.Pair> pairs) {
        return pairs.get(pairs.size() - 1);
    }

    private static TableDraft draft(List<SourceLine> used, List<YearPairs.Line> read, ReadingContext context) {
        String file = context.file();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < used.size(); k++) {
            SourceLine line = used.get(k);
            for (YearPairs.Pair pair : read.get(k).pairs()) {
                rows.add(row(rows.size(), line, pair, context));
            }
        }
        SourceLine head = used.get(0);
        Column count = new Column(0, "Number", "", List.of(), null, false, SourceRef.line(file, head.number()));
        return new TableDraft("Year", null, false, List.of(count), rows, TableLayout.YEAR_LINES,
                SourceRef.line(file, head.number()), used.get(used.size() - 1).number());
    }

    private static Row row(int index, SourceLine line, YearPairs.Pair pair, ReadingContext context) {
        String file = context.file();
        String rawLabel = pair.qualifier() == null ? pair.label()
                : line.text().substring(pair.labelStart(), pair.qualifierStart() + pair.qualifier().length());
        SourceRef cellRef = new SourceRef(file, line.number(), pair.valueStart() + 1);
        Cell cell = switch (pair.kind()) {
            case NUMBER -> CellReader.read(pair.value(), cellRef, context.problems());
            case WORDS -> {
                context.problems().add(Problem.note(cellRef, pair.label() + " is answered \"" + pair.value()
                        + "\", not with a figure", "Shown as stated; it is not read as zero"));
                yield new Cell(pair.value(), CellKind.UNREADABLE, null, List.of(), cellRef);
            }
            case NOTHING -> {
                context.problems().add(Problem.note(cellRef, "The figure for " + pair.label()
                        + " is missing: the text stops after its dash", "The published text was cut off here"));
                yield new Cell("", CellKind.LOST, null, List.of(), cellRef);
            }
        };
        if (pair.tail() != null) {
            context.problems().add(Problem.note(cellRef, "The figure for " + pair.label() + " is followed by \"" + pair.tail()
                    + "\"", "Read the figure together with these words"));
        }
        Row row = new Row(index, pair.label(), rawLabel, RowCode.NONE, List.of(), false, List.of(cell),
                new SourceRef(file, line.number(), pair.labelStart() + 1), false, null);
        return pair.qualifier() == null ? row
                : row.withPeriodNote(pair.qualifier(), new SourceRef(file, line.number(), pair.qualifierStart() + 1));
    }
}
