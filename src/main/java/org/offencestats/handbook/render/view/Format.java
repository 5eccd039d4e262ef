package org.offencestats.handbook.render.view;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.PeriodMeta;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How numbers, cells and periods read, everywhere they appear: pages, charts, notes and downloads. A change to how a
 * figure reads is made here once.
 */
public final class Format {

    /**
     * The texts of one cell: {@code shown} in a table, its {@code kind} (a CSS class) and what the kind means,
     * {@code inline} where a cell stands alone in a sentence-like list, and {@code published} as the CSV writes it.
     */
    public record CellText(String shown, String kind, String describe, String inline, String published) {
    }

    private Format() {
    }

    /** A count as readers read it: "1,535". */
    public static String number(long value) {
        // Written out by hand: a NumberFormat made for every cell was 5 % of a large build (docs/performance.md).
        if (value == Long.MIN_VALUE) {
            return NumberFormat.getIntegerInstance(Locale.UK).format(value);
        }
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** A download's size as readers see it: "840 bytes", "2.4 KB", "18 KB", "1.3 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return (kb < 10 ? String.format(Locale.UK, "%.1f", kb) : String.valueOf(Math.round(kb))) + " KB";
        }
        double mb = kb / 1024.0;
        return (mb < 10 ? String.format(Locale.UK, "%.1f", mb) : String.valueOf(Math.round(mb))) + " MB";
    }

    /** Every way a cell is written, from its kind: "-" and blanks never read as 0. */
    public static CellText cell(Cell c) {
        return switch (c.kind()) {
            case NUMBER -> {
                String n = number(c.value()); // shown and inline read the same: formatted once
                yield new CellText(n, "number", null, n, c.marks().isEmpty() ? c.value().toString() : c.value() + String.join("", c.marks()));
            }
            case DASH -> new CellText("-", "dash", "published as “-”", "- (published as “-”)", "-");
            case BLANK -> new CellText("", "blank", "blank in the source", "(blank)", "");
            case UNREADABLE -> new CellText(c.raw(), "unreadable", "not readable as a figure", c.raw() + " (unreadable)", c.raw().strip());
            case LOST -> new CellText("lost", "lost", "missing from the source", "(lost in the source)", "[lost]");
            case SUPPRESSED, NOT_APPLICABLE, NIL, NOT_HELD -> new CellText(c.raw().strip(), "withheld", c.kind().describe(),
                    c.raw().strip() + " (" + c.kind().describe() + ")", c.raw().strip());
        };
    }

    /** The periods a disclosure covers, partial ones with their note: "2014, 2015 (to 16 July)". */
    public static String periods(Disclosure d) {
        if (d.meta().periods().isEmpty()) {
            return "period not stated";
        }
        return d.meta().periods().stream().map(Format::period).collect(Collectors.joining(", "));
    }

    public static String period(PeriodMeta p) {
        return p.partial() && p.partialNote() != null ? p.label() + " (" + p.partialNote() + ")" : p.label();
    }
}
