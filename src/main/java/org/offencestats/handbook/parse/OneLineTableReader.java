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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table flattened into running text, "Label N Label N ... Grand Total N": possibly after a question prefix and
 * a header pair ("Q1 Gender Number of Arrests Female 4046 ..."), possibly continued on the next lines. Evidence: at
 * least three pairs of capitalised labels and figures on a line that ends with a figure, and a header pair, a total or
 * five pairs. Where the text stops mid-label, the pairs before are read and the stop is noted.
 */
final class OneLineTableReader implements LayoutReader {

    private static final Pattern OPENING = Pattern.compile(
            "^((?:Q\\d+[a-z]?|\\d+[.)])\\s+)?(?:(\\S.*?)\\s+((?:Total )?(?:Number|No\\.|Count|Volume) of \\p{L}+|Count|Number|Volume)\\s+)?(\\S.*)$");
    private static final int MIN_PAIRS = 3;
    private static final int PLAIN_PAIRS = 5;

    private final HeadersThenValues headersThenValues = new HeadersThenValues();

    @Override
    public Optional<LayoutReading> read(List<SourceLine> lines, int start, ReadingContext context) {
        Optional<LayoutReading> headed = headersThenValues.read(lines, start, context);
        if (headed.isPresent()) {
            return headed;
        }
        SourceLine first = lines.get(start);
        if (first.hasTab()) {
            return Optional.empty();
        }
        PairLine line = PairLine.of(first.text());
        if (line.pairs().size() < MIN_PAIRS || !(line.endsWithFigure() || atEnd(lines, start))) {
            return Optional.empty();
        }
        PairLine.Pair opening = line.pairs().get(0);
        Matcher m = OPENING.matcher(opening.label());
        if (!m.matches() || !line.labelsLikeATable(1) || !PairLine.isLabel(m.group(4))) {
            return Optional.empty();
        }
        boolean header = m.group(3) != null;
        boolean total = line.pairs().stream().anyMatch(p -> TableParts.isTotal(p.label()));
        boolean allYears = line.pairs().stream().allMatch(p -> TableParts.isPeriod(p.figure()));
        if (allYears || !(header || total || line.pairs().size() >= PLAIN_PAIRS)) {
            return Optional.empty();
        }
        String file = context.file();
        List<Row> rows = new ArrayList<>();
        int firstLabelStart = opening.labelStart() + m.start(4);
        addRow(rows, file, first, m.group(4), firstLabelStart, opening, context.problems());
        for (PairLine.Pair p : line.pairs().subList(1, line.pairs().size())) {
            addRow(rows, file, first, p.label(), p.labelStart(), p, context.problems());
        }
        int end = start;
        PairLine last = line;
        while (last.endsWithFigure() && !TableParts.isTotal(rows.get(rows.size() - 1).label())) {
            int next = nextNonBlank(lines, end);
            if (next < 0) {
                break;
            }
            PairLine more = PairLine.of(lines.get(next).text());
            boolean closing = more.pairs().size() == 1 && TableParts.isTotal(more.pairs().get(0).label());
            boolean fits = (more.pairs().size() >= 2 || closing) && more.labelsLikeATable(0) && !lines.get(next).hasTab();
            if (!fits || !(more.endsWithFigure() || atEnd(lines, next))) {
                break;
            }
            for (PairLine.Pair p : more.pairs()) {
                addRow(rows, file, lines.get(next), p.label(), p.labelStart(), p, context.problems());
            }
            end = next;
            last = more;
        }
        if (!last.rest().isEmpty()) {
            context.problems().add(Problem.note(new SourceRef(file, lines.get(end).number(), last.restColumn()),
                    "The text stops in the middle of the table at \"" + last.rest() + "\": the pairs before it are read, and"
                            + " nothing is read for it", "Check the published response for the rest of the table"));
        }
        Column column = header
                ? TableParts.column(0, m.group(3), new SourceRef(file, first.number(), opening.labelStart() + m.start(3) + 1), false)
                : new Column(0, "Number", "", List.of(), null, false, SourceRef.line(file, first.number()));
        TableDraft draft = new TableDraft(header ? m.group(2) : null, null, false, List.of(column), rows, TableLayout.ONE_LINE,
                SourceRef.line(file, first.number()), lines.get(end).number());
        return Optional.of(new LayoutReading(end - start + 1, List.of(draft)));
    }

    private static void addRow(List<Row> rows, String file, SourceLine line, String label, int labelStart,
                               PairLine.Pair pair, List<Problem> problems) {
        Cell cell = CellReader.read(pair.figure(), new SourceRef(file, line.number(), pair.figureStart() + 1), problems);
        rows.add(TableParts.row(rows.size(), label, new SourceRef(file, line.number(), labelStart + 1), List.of(cell), null));
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** True when no text follows line {@code index}: the text may stop there mid-word. */
    private static boolean atEnd(List<SourceLine> lines, int index) {
        return nextNonBlank(lines, index) < 0;
    }
}
