package org.offencestats.handbook.parse;

import java.util.regex.Pattern;

/** Removes the presentational markup disclosures carry (markdown bold, <b> tags) and normalises spacing. */
final class Markup {

    static final Pattern BOLD = Pattern.compile("\\*\\*|</?(?:b|strong)>", Pattern.CASE_INSENSITIVE);
    /** What {@link #collapseSpaces} collapses, as a regex (kept for the equivalence test). */
    static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Markup() {
    }

    static String strip(String text) {
        // BOLD needs a '*' or '<': without one there is nothing to remove.
        String plain = text.indexOf('*') < 0 && text.indexOf('<') < 0 ? text : BOLD.matcher(text).replaceAll("");
        return collapseSpaces(plain).strip();
    }

    /** As {@code SPACES.matcher(text).replaceAll(" ")}, without a regex: each run of spaces becomes one space. */
    static String collapseSpaces(String text) {
        StringBuilder b = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < n && isSpace(text.charAt(end))) {
                    end++;
                }
                if (b == null) {
                    if (end == i + 1 && c == ' ') {
                        continue;
                    }
                    b = new StringBuilder(n).append(text, 0, i);
                }
                b.append(' ');
                i = end - 1;
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /** The characters SPACES matches: regex \s (space, tab, line feed, VT, form feed, return) and the no-break spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** True when the whole line is one bold run, e.g. "**Sexual offences ...**": a heading. */
    static boolean isBoldLine(String raw) {
        String t = raw.strip();
        return t.length() > 4 && t.startsWith("**") && t.endsWith("**") && !t.substring(2, t.length() - 2).contains("**");
    }
}
