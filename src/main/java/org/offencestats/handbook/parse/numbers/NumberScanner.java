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
        digits(line, tokens);
        words(line, tokens);
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return tokens;
    }

    /** As {@link #scan}, by the two regular expressions the hand-written scan stands for (for the equivalence tests). */
    static List<NumberToken> scanByRegex(String line) {
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

    /**
     * {@link #DIGITS} by hand. Every alternative starts at the first digit of a run and ends at the end of one, so
     * each run start is tried in turn: a slash composite, a dotted triple, comma thousands (not after a digit or
     * comma, and not followed by a digit or ",digit"), else the run with one optional decimal part.
     */
    private static void digits(String line, List<NumberToken> tokens) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(line.charAt(i))) {
                i++;
                continue;
            }
            int p = i;
            int run = runEnd(line, p);
            int end = -1;
            for (int e = run; joinsDigit(line, e, '/'); ) {
                e = runEnd(line, e + 1);
                end = e;
            }
            if (end < 0 && joinsDigit(line, run, '.')) {
                int second = runEnd(line, run + 1);
                if (joinsDigit(line, second, '.')) {
                    end = runEnd(line, second + 1);
                }
            }
            if (end < 0 && run - p <= 3 && (p == 0 || line.charAt(p - 1) != ',')) {
                int g = run;
                while (g + 3 < n && line.charAt(g) == ',' && isDigit(line.charAt(g + 1)) && isDigit(line.charAt(g + 2))
                        && isDigit(line.charAt(g + 3))) {
                    g += 4;
                }
                if (g > run && !(g < n && isDigit(line.charAt(g))) && !joinsDigit(line, g, ',')) {
                    end = g;
                }
            }
            if (end < 0) {
                end = joinsDigit(line, run, '.') ? runEnd(line, run + 1) : run;
            }
            String printed = line.substring(p, end);
            tokens.add(new NumberToken(p, end, printed, valueOf(printed), false));
            i = end;
        }
    }

    /**
     * {@link #WORD} by hand: a match is a whole run of letters, apostrophes and hyphens (nothing of the kind before
     * or after it) that is a number word in ASCII letters, compared without ASCII case. As in the regex, the
     * character before is looked at as one UTF-16 unit, the one after as a code point.
     */
    private static void words(String line, List<NumberToken> tokens) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiLetter(line.charAt(i)) || i > 0 && isWordChar(line.charAt(i - 1))) {
                i++;
                continue;
            }
            int q = i;
            while (q < n && isAsciiLetter(line.charAt(q))) {
                q++;
            }
            if (q - i <= MAX_WORD && (q == n || !isWordChar(line.codePointAt(q)))) {
                String printed = line.substring(i, q);
                Long value = WORDS.get(printed.toLowerCase(Locale.ROOT));
                if (value != null) {
                    tokens.add(new NumberToken(i, q, printed, value, true));
                }
            }
            i = q;
        }
    }

    private static final int MAX_WORD = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private static int runEnd(String line, int from) {
        int i = from;
        while (i < line.length() && isDigit(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when {@code line} has {@code join} at {@code at} and a digit right after it. */
    private static boolean joinsDigit(String line, int at, char join) {
        return at + 1 < line.length() && line.charAt(at) == join && isDigit(line.charAt(at + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code [\\p{L}'’-]}. */
    private static boolean isWordChar(int c) {
        return c == '\'' || c == '’' || c == '-' || Character.isLetter(c);
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
