package org.offencestats.handbook.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentence around a position on a line, and the period that sentence gives ("in 2010", "01/01/22 to 01/05/23"). */
final class Sentences {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?";
    private static final String DATE = "(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "\\s+\\d{4})";
    private static final Pattern RANGE = Pattern.compile("(?i)" + DATE + "\\s*(?:to|-{1,2}|–|and)\\s*" + DATE);
    private static final Pattern AS_OF = Pattern.compile("(?i)\\bas\\s+(?:of|at)\\s+" + DATE);
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:in|during|for)\\s+(?:the\\s+)?(?:(?:calendar|financial)\\s+)?"
            + "(?:year\\s+)?((?:19|20)\\d\\d(?:/\\d{2}(?:\\d{2})?)?)\\b");
    private static final Pattern END = Pattern.compile("[.!?](?=\\s|$)");

    private Sentences() {
    }

    /** The sentence of {@code raw} that holds offset {@code at}, as printed. */
    static String around(String raw, int at) {
        int start = 0;
        Matcher m = END.matcher(raw);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else {
                return raw.substring(start, m.end()).strip();
            }
        }
        return raw.substring(start).strip();
    }

    /** The period a sentence gives: a date range, "as of" a date, or a year after "in"/"during"/"for"; else null. */
    static String period(String sentence) {
        Matcher m = RANGE.matcher(sentence);
        if (m.find()) {
            return m.group();
        }
        m = AS_OF.matcher(sentence);
        if (m.find()) {
            return m.group();
        }
        m = YEAR.matcher(sentence);
        return m.find() ? m.group(1) : null;
    }
}
