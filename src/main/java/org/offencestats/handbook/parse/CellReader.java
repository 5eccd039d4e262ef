package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.SourceRef;

import java.util.List;
import java.util.regex.Pattern;

/** Reads one figure cell: a count, "-", blank, or text that is reported as unreadable (never a silent zero). */
final class CellReader {

    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final Pattern DASH = Pattern.compile("[-–—]");

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
            return new Cell(raw, CellKind.NUMBER, Long.parseLong(text.replace(",", "")), marked.marks(), ref);
        }
        problems.add(Problem.warning(ref, "The cell \"" + raw + "\" is not a figure, so it is shown as unreadable",
                "Expected a whole number, \"-\" or an empty cell; if the source is garbled, record a correction in the sidecar"));
        return new Cell(raw, CellKind.UNREADABLE, null, marked.marks(), ref);
    }

    static boolean isCount(String raw) {
        return COUNT.matcher(Marks.split(Markup.strip(raw)).text()).matches();
    }

    static boolean isDash(String raw) {
        return DASH.matcher(Markup.strip(raw)).matches();
    }

    /** A year label such as "2015" or "2015*": numeric, but a header, not a count. */
    static boolean isYear(String raw) {
        return Marks.split(Markup.strip(raw)).text().matches("(19|20)\\d\\d");
    }
}
