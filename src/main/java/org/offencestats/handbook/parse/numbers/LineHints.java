package org.offencestats.handbook.parse.numbers;

/**
 * Cheap facts about a line that {@link NonFigureRules} checks before running a rule's regular expression: a rule
 * whose pre-check fails cannot match, so its regex is skipped. Each pre-check asks only for characters or words
 * every match of the rule must contain, so skipping never changes a result (NonFigurePrecheckTest holds this).
 * Letters are compared in ASCII lower case, as the rules' {@code (?i)} (without UNICODE_CASE) compares them.
 */
final class LineHints {

    private final String line;
    private final String lower;
    private final int digits;

    LineHints(String line) {
        this.line = line;
        char[] chars = line.toCharArray();
        int count = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            } else if (isDigit(c)) {
                count++;
            }
        }
        this.lower = new String(chars);
        this.digits = count;
    }

    /** How many of the digits 0-9 the line holds ({@code \d} without UNICODE_CHARACTER_CLASS). */
    int digits() {
        return digits;
    }

    /** True when the line holds any of {@code chars} (compared exactly). */
    boolean hasChar(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (line.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the line, in ASCII lower case, holds any of the lower-case {@code words}. */
    boolean hasWord(String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the line holds exactly any of {@code texts}. */
    boolean hasText(String... texts) {
        for (String t : texts) {
            if (line.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code first}, one or more {@code \s} characters and one of {@code seconds} stand in a row (lower case). */
    boolean wordsInRow(String first, String... seconds) {
        for (int i = lower.indexOf(first); i >= 0; i = lower.indexOf(first, i + 1)) {
            int k = i + first.length();
            while (k < lower.length() && isSpace(lower.charAt(k))) {
                k++;
            }
            for (String second : seconds) {
                if (k > i + first.length() && lower.startsWith(second, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a lower-case {@code words} (or it plus "s") follows a digit and ends where a {@code \b} may be. */
    boolean wordAfterDigit(String... words) {
        int from = 0;
        while (from < line.length() && !isDigit(line.charAt(from))) {
            from++;
        }
        for (String w : words) {
            for (int i = lower.indexOf(w, from + 1); i >= 0; i = lower.indexOf(w, i + 1)) {
                int end = i + w.length();
                if (endsWord(end) || lower.startsWith("s", end) && endsWord(end + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** No ASCII letter, digit or "_" at {@code at}: there {@code \b} may hold, and cannot otherwise. */
    private boolean endsWord(int at) {
        char c = at < lower.length() ? lower.charAt(at) : ' ';
        return !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_');
    }

    /** True when a character of {@code before} (compared in ASCII lower case) stands right before a digit. */
    boolean beforeDigit(String before) {
        for (int i = 0; i + 1 < lower.length(); i++) {
            if (isDigit(lower.charAt(i + 1)) && before.indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when an upper-case ASCII letter stands right before a digit (case-sensitive rules). */
    boolean capitalBeforeDigit() {
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'A' && c <= 'Z' && isDigit(line.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when a character of {@code before} (compared exactly) stands right before a digit. */
    boolean beforeDigitExact(String before) {
        for (int i = 0; i + 1 < line.length(); i++) {
            if (isDigit(line.charAt(i + 1)) && before.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when "(" is followed, after any {@code \s} characters, by {@code count} digits or more. */
    boolean parenThenDigits(int count) {
        for (int i = line.indexOf('('); i >= 0; i = line.indexOf('(', i + 1)) {
            int j = i + 1;
            while (j < line.length() && isSpace(line.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < line.length() && isDigit(line.charAt(k))) {
                k++;
            }
            if (k - j >= count) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when one of the lower-case {@code words} (compared in ASCII lower case) follows a digit, directly or
     * after one {@code \s} character ("3pm", "10.30 am").
     */
    boolean numberThenWord(String... words) {
        for (String w : words) {
            for (int i = lower.indexOf(w, 1); i >= 0; i = lower.indexOf(w, i + 1)) {
                char before = lower.charAt(i - 1);
                if (isDigit(before) || isSpace(before) && i >= 2 && isDigit(lower.charAt(i - 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a digit or upper-case ASCII letter, one of {@code joins} and a digit stand in a row ("AB/1", "123_45"). */
    boolean joinedBy(String joins) {
        for (int i = 0; i + 2 < line.length(); i++) {
            char c = line.charAt(i);
            if ((isDigit(c) || c >= 'A' && c <= 'Z') && joins.indexOf(line.charAt(i + 1)) >= 0 && isDigit(line.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a "0" starts a stretch of at most 15 digits, {@code \s} characters and hyphens that holds 9 digits
     * or more: a phone number ("0121 626 5000") is one, at most 15 characters long.
     */
    boolean phoneDigits() {
        for (int i = line.indexOf('0'); i >= 0; i = line.indexOf('0', i + 1)) {
            int count = 0;
            for (int j = i; j < line.length() && j < i + 15; j++) {
                char c = line.charAt(j);
                if (isDigit(c)) {
                    count++;
                } else if (!isSpace(c) && c != '-') {
                    break;
                }
            }
            if (count >= 9) {
                return true;
            }
        }
        return false;
    }

    /** True when a digit stands right before an upper-case ASCII letter. */
    boolean digitBeforeCapital() {
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i + 1);
            if (c >= 'A' && c <= 'Z' && isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a character of {@code after} (exact) stands right after a digit. */
    boolean digitThen(String after) {
        for (int i = 0; i + 1 < line.length(); i++) {
            if (isDigit(line.charAt(i)) && after.indexOf(line.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when a digit, one of {@code middle} and a digit stand in a row ("01/04", "3.5"). */
    boolean digitBetween(String middle) {
        for (int i = 0; i + 2 < line.length(); i++) {
            if (isDigit(line.charAt(i)) && middle.indexOf(line.charAt(i + 1)) >= 0 && isDigit(line.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** True when a digit stands right before one of the lower-case {@code suffixes} (in ASCII lower case). */
    boolean digitBeforeWord(String... suffixes) {
        for (int i = 0; i + 1 < lower.length(); i++) {
            if (isDigit(lower.charAt(i))) {
                for (String s : suffixes) {
                    if (lower.startsWith(s, i + 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when a digit is followed by one of {@code after} and then a {@code \s} character ("1. How"). */
    boolean digitThenSpace(String after) {
        for (int i = 0; i + 2 < line.length(); i++) {
            if (isDigit(line.charAt(i)) && after.indexOf(line.charAt(i + 1)) >= 0 && isSpace(line.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** True when "s." is followed by a digit, directly or after one {@code \s} character ("s.12", "ss. 4"). */
    boolean sectionDot() {
        for (int i = 0; i + 2 < lower.length(); i++) {
            if (lower.charAt(i) == 's' && lower.charAt(i + 1) == '.'
                    && (isDigit(lower.charAt(i + 2)) || isSpace(lower.charAt(i + 2)) && i + 3 < lower.length() && isDigit(lower.charAt(i + 3)))) {
                return true;
            }
        }
        return false;
    }

    /** True when a digit follows a lower-case ASCII letter, a full stop or a closing bracket (case-sensitive). */
    boolean digitAfterLetterDotOrBracket() {
        for (int i = 1; i < line.length(); i++) {
            char p = line.charAt(i - 1);
            if (isDigit(line.charAt(i)) && (p >= 'a' && p <= 'z' || p == '.' || p == ')')) {
                return true;
            }
        }
        return false;
    }

    /** True when the first character that is not {@code \s} is a digit or one of {@code chars}. */
    boolean startsWithDigitOr(String chars) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isSpace(c)) {
                return isDigit(c) || chars.indexOf(c) >= 0;
            }
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
