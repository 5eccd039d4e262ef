package org.offencestats.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line read as "Label N Label N ...": each label (one or more words) followed by its figure. What is left after the
 * last figure is a label whose figure is not on the line ({@link #rest}), e.g. where the text stops mid-word.
 */
record PairLine(List<Pair> pairs, String rest, int restColumn) {

    /** A label and its figure, with the 0-based offsets of both in the line. */
    record Pair(String label, int labelStart, String figure, int figureStart) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final int MAX_LABEL_WORDS = 6;
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.,;:?!]");

    static PairLine of(String text) {
        List<Pair> pairs = new ArrayList<>();
        int labelStart = -1;
        int labelEnd = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (isFigure(text, start, i) && labelStart >= 0) {
                pairs.add(new Pair(text.substring(labelStart, labelEnd), labelStart, text.substring(start, i), start));
                labelStart = -1;
            } else if (isFigure(text, start, i)) {
                return new PairLine(List.of(), text.strip(), 0);
            } else {
                if (labelStart < 0) {
                    labelStart = start;
                }
                labelEnd = i;
            }
        }
        String rest = labelStart < 0 ? "" : text.substring(labelStart, labelEnd);
        return new PairLine(pairs, rest, labelStart + 1);
    }

    /** {@link #FIGURE} on {@code text[from, to)}: digits only, or one to three digits then groups of ",ddd". */
    private static boolean isFigure(String text, int from, int to) {
        int i = from;
        while (i < to && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == to || i == from || i - from > 3) {
            return i == to && i > from;
        }
        while (i < to) {
            if (i + 4 > to || text.charAt(i) != ',' || !isDigit(text.charAt(i + 1)) || !isDigit(text.charAt(i + 2))
                    || !isDigit(text.charAt(i + 3))) {
                return false;
            }
            i += 4;
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s}: space, tab, line feed, VT, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** As {@link #of}, by the regular expressions it stands for (for the equivalence test). */
    static PairLine ofByRegex(String text) {
        List<Pair> pairs = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int labelStart = -1;
        int labelEnd = -1;
        while (m.find()) {
            if (FIGURE.matcher(m.group()).matches() && labelStart >= 0) {
                pairs.add(new Pair(text.substring(labelStart, labelEnd), labelStart, m.group(), m.start()));
                labelStart = -1;
            } else if (FIGURE.matcher(m.group()).matches()) {
                return new PairLine(List.of(), text.strip(), 0);
            } else {
                if (labelStart < 0) {
                    labelStart = m.start();
                }
                labelEnd = m.end();
            }
        }
        String rest = labelStart < 0 ? "" : text.substring(labelStart, labelEnd);
        return new PairLine(pairs, rest, labelStart + 1);
    }

    /** Every label reads as a table label: a few words starting with a capital, no sentence punctuation outside brackets. */
    boolean labelsLikeATable(int fromPair) {
        for (Pair p : pairs.subList(fromPair, pairs.size())) {
            if (!isLabel(p.label())) {
                return false;
            }
        }
        return rest.isEmpty() || isLabel(rest);
    }

    static boolean isLabel(String label) {
        String plain = BRACKETED.matcher(label).replaceAll("");
        return Character.isUpperCase(label.codePointAt(0)) && SPACES.split(label).length <= MAX_LABEL_WORDS
                && !SENTENCE_MARK.matcher(plain).find();
    }

    boolean endsWithFigure() {
        return !pairs.isEmpty() && rest.isEmpty();
    }
}
