package org.offencestats.handbook.parse.numbers;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.NonFigureKind;
import org.offencestats.handbook.model.NumberLedger;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceNumber;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.StatedFigure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts for every number in a source once the readers are done: a number a table cell or a stated figure
 * claims is theirs; one inside a table's labels, or that a {@link NonFigureRules rule} explains, is a non-figure
 * with its reason; anything else is unplaced and reported as a warning with file, line and column.
 */
public final class NumberLedgerBuilder {

    private final String file;
    private final List<String> lines;
    private final NumberMemo memo;
    /** Claims by line: the 0-based start of each claimed token, and what claimed it. */
    private final Map<Integer, Map<Integer, NumberPlace>> claims = new HashMap<>();
    private final Map<Integer, List<int[]>> labelSpans = new HashMap<>();

    public NumberLedgerBuilder(String file, List<String> lines, NumberMemo memo) {
        this.file = file;
        this.lines = lines;
        this.memo = memo;
    }

    public NumberLedgerBuilder tables(List<DataTable> tables) {
        for (DataTable table : tables) {
            for (Column column : table.columns()) {
                label(column.ref(), column.raw());
            }
            for (Row row : table.rows()) {
                label(row.ref(), row.rawLabel());
                for (Cell cell : row.cells()) {
                    claimCell(cell);
                }
            }
        }
        return this;
    }

    public NumberLedgerBuilder stated(List<StatedFigure> figures) {
        for (StatedFigure figure : figures) {
            claim(figure.ref(), figure.printed(), NumberPlace.STATED_FIGURE);
        }
        return this;
    }

    /** Builds the ledger and adds a warning to {@code problems} for each unplaced number. */
    public NumberLedger build(List<Problem> problems) {
        List<SourceNumber> numbers = new ArrayList<>();
        java.util.Set<Integer> codeListItems = CodeLists.itemLines(lines);
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String text = lines.get(i);
            Map<Integer, NumberPlace> claimed = new HashMap<>(claims.getOrDefault(lineNumber, Map.of()));
            List<NonFigureRules.Span> spans = null;
            for (NumberToken token : memo.tokens(text)) {
                SourceRef ref = new SourceRef(file, lineNumber, token.column());
                NumberPlace place = claimed.remove(token.start());
                if (place != null) {
                    numbers.add(new SourceNumber(ref, token.printed(), place, null));
                    continue;
                }
                if (spans == null) {
                    spans = memo.spans(text);
                }
                Optional<NonFigureKind> kind = codeListItems.contains(lineNumber) && token.end() <= CodeLists.codesEnd(text)
                        ? Optional.of(NonFigureKind.OFFENCE_CODE) : NonFigureRules.classify(spans, token);
                if (kind.isEmpty() && inLabel(lineNumber, token)) {
                    kind = Optional.of(NonFigureKind.LABEL);
                }
                if (kind.isEmpty() && token.word()) {
                    kind = Optional.of(NonFigureKind.NUMBER_WORD);
                }
                if (kind.isPresent()) {
                    numbers.add(new SourceNumber(ref, token.printed(), NumberPlace.NON_FIGURE, kind.get()));
                } else {
                    numbers.add(new SourceNumber(ref, token.printed(), NumberPlace.UNPLACED, null));
                    problems.add(Problem.warning(ref, "The number \"" + token.printed() + "\" is not a table cell, a stated figure"
                                    + " or a recognised non-figure, so it is listed as unplaced",
                            "If it is a figure, its layout is not one the handbook reads yet: report it with this line;"
                                    + " readers see it under the disclosure's data-quality notes"));
                }
            }
            // A claim on a word the scanner does not treat as a number ("No arrests") is still a number.
            for (Map.Entry<Integer, NumberPlace> rest : claimed.entrySet()) {
                int start = rest.getKey();
                String printed = text.substring(start).split("[^\\p{L}\\d,]", 2)[0];
                numbers.add(new SourceNumber(new SourceRef(file, lineNumber, start + 1), printed, rest.getValue(), null));
            }
        }
        numbers.sort((a, b) -> a.ref().line() != b.ref().line() ? Integer.compare(a.ref().line(), b.ref().line())
                : Integer.compare(a.ref().column(), b.ref().column()));
        return new NumberLedger(numbers);
    }

    private void claimCell(Cell cell) {
        SourceRef ref = cell.ref();
        if (ref == null || ref.line() < 1 || ref.line() > lines.size() || cell.raw() == null) {
            return;
        }
        if (ref.column() > 0) {
            for (NumberToken token : memo.tokens(cell.raw())) {
                claims.computeIfAbsent(ref.line(), k -> new HashMap<>()).put(ref.column() - 1 + token.start(), NumberPlace.TABLE_CELL);
            }
        } else {
            for (NumberToken token : memo.tokens(cell.raw())) {
                claim(ref, token.printed(), NumberPlace.TABLE_CELL);
            }
        }
    }

    /** Claims the token at the ref's column, or (column 0) the first unclaimed token printed the same way. */
    private void claim(SourceRef ref, String printed, NumberPlace place) {
        if (ref == null || ref.line() < 1 || ref.line() > lines.size()) {
            return;
        }
        Map<Integer, NumberPlace> onLine = claims.computeIfAbsent(ref.line(), k -> new HashMap<>());
        if (ref.column() > 0) {
            onLine.put(ref.column() - 1, place);
            return;
        }
        for (NumberToken token : memo.tokens(lines.get(ref.line() - 1))) {
            if (token.printed().equals(printed) && !onLine.containsKey(token.start())) {
                onLine.put(token.start(), place);
                return;
            }
        }
    }

    private void label(SourceRef ref, String raw) {
        if (ref == null || raw == null || raw.isEmpty() || ref.line() < 1 || ref.line() > lines.size()) {
            return;
        }
        String text = lines.get(ref.line() - 1);
        int start = ref.column() > 0 ? ref.column() - 1 : text.indexOf(raw);
        if (start < 0 || !text.startsWith(raw, start)) {
            start = text.indexOf(raw);
        }
        if (start >= 0) {
            labelSpans.computeIfAbsent(ref.line(), k -> new ArrayList<>()).add(new int[] {start, start + raw.length()});
        }
    }

    private boolean inLabel(int line, NumberToken token) {
        for (int[] span : labelSpans.getOrDefault(line, List.of())) {
            if (token.start() >= span[0] && token.start() < span[1]) {
                return true;
            }
        }
        return false;
    }
}
