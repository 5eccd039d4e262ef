package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of a table flattened one cell per line, in reading order: either every cell ends in " |" ("72 |", a bare
 * "|" for an empty cell), or cells stand alone between blank lines (a line holding only spaces is an empty cell).
 */
final class CellStream {

    /** One cell: its line (index into the lines), the 1-based column of its text, and the text. */
    record Token(int index, int column, String text) {
        boolean empty() {
            return text.isEmpty();
        }
    }

    private static final Pattern PIPED = Pattern.compile("^(\\s*)([^|]*?)\\s*\\|\\s*$");
    /** Longer lines are prose, not a flattened cell. */
    private static final int MAX_CELL = 60;
    /** Enough for any real table; keeps a pathological text from costing more than a bounded scan per line. */
    private static final int MAX_TOKENS = 4000;

    private CellStream() {
    }

    static boolean isPiped(String text) {
        return PIPED.matcher(text).matches();
    }

    /** The cells from {@code start}, up to the first line that is not one; empty when {@code start} begins none. */
    static List<Token> from(List<SourceLine> lines, int start) {
        return isPiped(lines.get(start).text()) ? piped(lines, start) : spaced(lines, start);
    }

    private static List<Token> piped(List<SourceLine> lines, int start) {
        List<Token> tokens = new ArrayList<>();
        for (int i = start; i < lines.size() && tokens.size() < MAX_TOKENS; i++) {
            String text = lines.get(i).text();
            Matcher m = PIPED.matcher(text);
            if (m.matches()) {
                int column = m.group(2).isEmpty() ? text.indexOf('|') + 1 : m.group(1).length() + 1;
                tokens.add(new Token(i, column, m.group(2)));
            } else if (!text.isBlank()) {
                break;
            }
        }
        return tokens;
    }

    /** Cells separated by empty lines: two cells on consecutive lines end the stream (that is prose or a list). */
    private static List<Token> spaced(List<SourceLine> lines, int start) {
        List<Token> tokens = new ArrayList<>();
        boolean separated = true;
        for (int i = start; i < lines.size() && tokens.size() < MAX_TOKENS; i++) {
            String text = lines.get(i).text();
            if (text.isEmpty()) {
                separated = true;
                continue;
            }
            String cell = text.strip();
            if (!separated || cell.length() > MAX_CELL || text.indexOf('|') >= 0 || text.indexOf('\t') >= 0) {
                break;
            }
            tokens.add(new Token(i, cell.isEmpty() ? 1 : text.indexOf(cell) + 1, cell));
            separated = false;
        }
        return tokens;
    }

    /** Where a token stands in the source. */
    static SourceRef ref(String file, List<SourceLine> lines, Token t) {
        return new SourceRef(file, lines.get(t.index()).number(), t.column());
    }
}
