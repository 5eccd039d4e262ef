package org.offencestats.handbook.parse;

import java.util.regex.Pattern;

/** Removes the presentational markup disclosures carry (markdown bold, <b> tags) and normalises spacing. */
final class Markup {

    private static final Pattern BOLD = Pattern.compile("\\*\\*|</?(?:b|strong)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Markup() {
    }

    static String strip(String text) {
        return SPACES.matcher(BOLD.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    /** True when the whole line is one bold run, e.g. "**Sexual offences ...**": a heading. */
    static boolean isBoldLine(String raw) {
        String t = raw.strip();
        return t.length() > 4 && t.startsWith("**") && t.endsWith("**") && !t.substring(2, t.length() - 2).contains("**");
    }
}
