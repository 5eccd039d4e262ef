package org.offencestats.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits trailing footnote marks off a label or figure: "2015*" is "2015" with mark "*". */
final class Marks {

    static final String MARK_CHARS = "*^†‡";
    private static final Pattern TRAILING = Pattern.compile("^(.*?\\S)\\s*([*^†‡]+)$");

    record Marked(String text, List<String> marks) {
    }

    private Marks() {
    }

    static Marked split(String text) {
        Matcher m = TRAILING.matcher(text);
        if (!m.matches()) {
            return new Marked(text, List.of());
        }
        List<String> marks = new ArrayList<>();
        String run = m.group(2);
        // "**" after stripping would be markup; a run of one mark repeated ("**") is still one mark.
        for (int i = 0; i < run.length(); i++) {
            String mark = String.valueOf(run.charAt(i));
            if (!marks.contains(mark)) {
                marks.add(mark);
            }
        }
        return new Marked(m.group(1), marks);
    }
}
