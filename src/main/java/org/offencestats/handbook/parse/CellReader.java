package org.offencestats.handbook.parse;

import org.offencestats.handbook.parse.numbers.NumberScanner;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.SourceRef;

import java.util.List;
import java.util.regex.Pattern;

/** Reads one figure cell: a count, "-", blank, or text that is reported as unreadable (never a silent zero). */
final class CellReader {

    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DASH = Pattern.compile("[-–—]");
    private static final Pattern SUPPRESSED = Pattern.compile("(?i)\\*{1,3}|<\\s?\\d{1,2}|\\[?[cx]\\]?|withheld|redacted|suppressed");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("(?i)n/a|n\\.a\\.|not applicable");
    private static final Pattern NIL = Pattern.compile("(?i)nil|none|zero");
    private static final Pattern NOT_HELD = Pattern.compile("(?i)(no (information|data|figures?|records?)( (is|are))? (held|available|recorded))"
            + "|not held|not known|unknown|not recorded|no data");

    private CellReader() {
    }

    static Cell read(String raw, SourceRef ref, List<Problem> problems) {
        Marks.Marked marked = Marks.split(Markup.strip(raw));
        String text = marked.text();
        if (text.isEmpty() && marked.marks().isEmpty()) {
            return new Cell(raw, CellKind.BLANK, null, List.of(), ref);
        }
        if (DASH.matcher(text).matches()) {
            return new Cell(raw, CellKind.DASH, null, marked.marks(), ref);
        }
        if (COUNT.matcher(text).matches()) {
            Long value = NumberScanner.valueOf(text);
            if (value != null) {
                return new Cell(raw, CellKind.NUMBER, value, marked.marks(), ref);
            }
        }
        CellKind worded = wordedKind(Markup.strip(raw).strip());
        if (worded != null) {
            return new Cell(raw, worded, null, marked.marks(), ref);
        }
        problems.add(Problem.warning(ref, "The cell \"" + raw + "\" is not a figure, so it is shown as unreadable",
                "Expected a whole number, \"-\" or an empty cell; if the source is garbled, record a correction in the sidecar"));
        return new Cell(raw, CellKind.UNREADABLE, null, marked.marks(), ref);
    }

    /** "*", "<5", "n/a", "Nil", "no information held": statements that are not counts, each kept as itself. */
    static CellKind wordedKind(String text) {
        if (SUPPRESSED.matcher(text).matches()) {
            return CellKind.SUPPRESSED;
        }
        if (NOT_APPLICABLE.matcher(text).matches()) {
            return CellKind.NOT_APPLICABLE;
        }
        if (NIL.matcher(text).matches()) {
            return CellKind.NIL;
        }
        if (NOT_HELD.matcher(text).matches()) {
            return CellKind.NOT_HELD;
        }
        return null;
    }

    static boolean isCount(String raw) {
        return COUNT.matcher(Marks.split(Markup.strip(raw)).text()).matches();
    }

    static boolean isDash(String raw) {
        return DASH.matcher(Markup.strip(raw)).matches();
    }

    /** A year label such as "2015" or "2015*": numeric, but a header, not a count. */
    static boolean isYear(String raw) {
        return YEAR.matcher(Marks.split(Markup.strip(raw)).text()).matches();
    }
}
