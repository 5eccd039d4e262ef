package org.offencestats.handbook.parse.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every number printed on a line: digit runs (with comma thousands, and decimals kept whole so "450.00" is
 * one number), and number words. It decides nothing about what a number means; that is for the readers and
 * {@link NonFigureRules}.
 */
public final class NumberScanner {

    /** Slash and dotted composites ("88/1", "01/04/2020", "01.01.20") are one number each: a code or date is one thing. */
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:/\\d+)+|\\d+\\.\\d+\\.\\d+"
            + "|(?<![\\d,])\\d{1,3}(?:,\\d{3})+(?![\\d]|,\\d)|\\d+(?:\\.\\d+)?");
    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("nil", 0L), Map.entry("none", 0L), Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("hundred", 100L));
    private static final Pattern WORD = Pattern.compile("(?i)(?<![\\p{L}'’-])(" + String.join("|", WORDS.keySet()) + ")(?![\\p{L}'’-])");

    private NumberScanner() {
    }

    /** The numbers on {@code line}, in reading order. */
    public static List<NumberToken> scan(String line) {
        List<NumberToken> tokens = new ArrayList<>();
        Matcher d = DIGITS.matcher(line);
        while (d.find()) {
            String printed = d.group();
            tokens.add(new NumberToken(d.start(), d.end(), printed, valueOf(printed), false));
        }
        Matcher w = WORD.matcher(line);
        while (w.find()) {
            tokens.add(new NumberToken(w.start(), w.end(), w.group(), WORDS.get(w.group().toLowerCase(Locale.ROOT)), true));
        }
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return tokens;
    }

    /** The value of a number word ("Six" is 6, "Nil" 0), or null when {@code word} is not one. */
    public static Long wordValue(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** "12,625" is 12625; a decimal or composite has no whole value; a run too long for a count is null too, never a crash. */
    public static Long valueOf(String printed) {
        String digits = printed.replace(",", "");
        if (digits.isEmpty() || digits.length() > 15) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(digits);
    }
}
