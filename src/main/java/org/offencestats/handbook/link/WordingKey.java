package org.offencestats.handbook.link;

import java.util.Locale;

/** How wordings are compared: case, runs of spaces and dash styles ("–", "—", "-") do not tell two wordings apart. */
final class WordingKey {

    private WordingKey() {
    }

    /**
     * The wording in lower case (Locale.ROOT), each dash "–", "—" or "‐" as "-", each run of regex \s characters
     * (space, tab, line feed, VT, form feed, return) as one space, stripped. One pass, no regex: linking keys
     * every label of every table.
     */
    static String of(String wording) {
        String lower = wording.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean inSpaces = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpaces) {
                    b.append(' ');
                }
                inSpaces = true;
                continue;
            }
            inSpaces = false;
            b.append(c == '–' || c == '—' || c == '‐' ? '-' : c);
        }
        return b.toString().strip();
    }
}
