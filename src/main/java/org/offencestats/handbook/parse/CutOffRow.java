package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last row of a flattened table when the text stops inside it (published pages are sometimes kept only in part):
 * its label and the cells that are there, the rest marked as lost, and a note. Only at the very end of the text, so a
 * table that merely ends is never given an invented row.
 */
final class CutOffRow {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!:]$");

    private final String file;
    private final List<SourceLine> lines;
    private final List<Problem> problems;

    CutOffRow(String file, List<SourceLine> lines, List<Problem> problems) {
        this.file = file;
        this.lines = lines;
        this.problems = problems;
    }

    /**
     * The cut-off row after the complete rows, which end with token {@code p - 1} on line {@code lastIndex}: either the
     * remaining cells (a label and fewer than {@code values} figures), or the file's last line, a label without its " |".
     */
    Optional<Row> after(List<CellStream.Token> tokens, int p, int lastIndex, int values, int rowIndex) {
        int q = p;
        while (q < tokens.size() && tokens.get(q).empty()) {
            q++;
        }
        if (q < tokens.size()) {
            List<CellStream.Token> rest = tokens.subList(q, tokens.size());
            boolean partial = !TableParts.isValue(rest.get(0).text()) && rest.size() <= values
                    && rest.subList(1, rest.size()).stream().allMatch(t -> TableParts.isValue(t.text()));
            boolean piped = CellStream.isPiped(lines.get(tokens.get(0).index()).text());
            if (!partial || (!piped && rest.size() < 2) || nonBlankAfter(rest.get(rest.size() - 1).index()) > 1) {
                return Optional.empty();
            }
            CellStream.Token label = rest.get(0);
            List<Cell> cells = new ArrayList<>();
            for (CellStream.Token t : rest.subList(1, rest.size())) {
                cells.add(CellReader.read(t.text(), CellStream.ref(file, lines, t), problems));
            }
            return Optional.of(row(CellStream.ref(file, lines, label), label.text(), cells, values, rowIndex));
        }
        if (!CellStream.isPiped(lines.get(tokens.get(0).index()).text()) || nonBlankAfter(lastIndex) != 1) {
            return Optional.empty();
        }
        int last = lines.size() - 1;
        while (lines.get(last).isBlank()) {
            last--;
        }
        String text = lines.get(last).text();
        String label = text.strip();
        if (label.length() > 80 || SENTENCE_END.matcher(label).matches() || TableParts.isValue(label)) {
            return Optional.empty();
        }
        SourceRef ref = new SourceRef(file, lines.get(last).number(), text.indexOf(label) + 1);
        return Optional.of(row(ref, label, new ArrayList<>(), values, rowIndex));
    }

    private Row row(SourceRef ref, String label, List<Cell> cells, int values, int rowIndex) {
        int have = cells.size();
        while (cells.size() < values) {
            cells.add(TableParts.lost(SourceRef.line(file, ref.line())));
        }
        problems.add(cutOffNote(ref, label, have, values));
        return TableParts.row(rowIndex, label, ref, cells, "The text stops in this row: " + (values - have) + " of its "
                + values + " cells are lost.");
    }

    private int nonBlankAfter(int index) {
        int count = 0;
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                count++;
            }
        }
        return count;
    }

    private static Problem cutOffNote(SourceRef ref, String label, int have, int values) {
        return Problem.note(ref, "The text stops in the middle of the table: the row \"" + label + "\" has " + have + " of its "
                + values + " cells, and the missing ones are marked as lost", "Check the published response for the rest of the table");
    }
}
