package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.parse.numbers.NumberScanner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is the answer itself: "=1", "Nil", "a) None they are classed as...", a bare "45" under its question or
 * under a date range the question lists, "  1. 45955" (list number, then the figure). A bare number says nothing
 * about what it counts, so it is read only with evidence that it answers: an "=", a list number that is the
 * question's own number, or the question (or one of its date ranges) on the line just above. It counts what the
 * question asks.
 */
final class AnswerLineReader implements FigureLineReader {

    private static final Pattern ANSWER = Pattern.compile(
            "^\\s*(?:(?<mark>\\d{1,2}[a-z]?|[a-z])[.)]\\s*)?(?<eq>=\\s*)?"
                    + "(?:(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\.?\\s*$|(?<word>(?i:nil|none|zero))\\b(?<rest>\\s+\\p{Ll}.*|\\s*\\.?\\s*)$)");
    private static final Pattern DATE_RANGE = Pattern.compile("(?i)^\\s*(?:(?:from|between)\\s+)?"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\s+\\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\s*(?:-{1,2}|–|to|and)\\s*"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\s+\\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\s*:?\\s*$");

    @Override
    public List<StatedFigure> read(List<SourceLine> lines, int index, ReadingContext context, Set<Integer> claimed) {
        SourceLine line = lines.get(index);
        Matcher m = ANSWER.matcher(line.text());
        if (!m.matches()) {
            return List.of();
        }
        String group = m.group("num") != null ? "num" : "word";
        int start = m.start(group);
        if (claimed.contains(start)) {
            return List.of();
        }
        String above = lineAbove(lines, index);
        boolean underDateRange = above != null && DATE_RANGE.matcher(above).matches();
        String mark = m.group("mark");
        boolean otherNumber = mark != null && Character.isDigit(mark.charAt(0)) && !ownNumber(mark, context);
        boolean questionAbove = above != null && context.questionText() != null
                && Markup.strip(above).endsWith(context.questionText());
        boolean evidence = m.group("eq") != null || ownNumber(mark, context) || underDateRange || questionAbove;
        if (!evidence || otherNumber && m.group("eq") == null) {
            return List.of();
        }
        String printed = m.group(group);
        Long counted = m.group("num") != null ? NumberScanner.valueOf(printed) : Long.valueOf(0L);
        if (counted == null) {
            return List.of(); // too long to be a count: the ledger reports it as unplaced
        }
        long value = counted;
        String wording = context.questionText() != null ? context.questionText() : "Answer";
        String period = underDateRange ? Markup.strip(above).replaceFirst(":$", "") : null;
        return List.of(new StatedFigure(context.questionId(), value, wording, Markup.strip(line.text()),
                new SourceRef(context.file(), line.number(), start + 1), printed, period));
    }

    /** "2." before the figure while answering question 2 (or 2a): the list number is the question's. */
    private static boolean ownNumber(String mark, ReadingContext context) {
        return mark != null && context.questionId() != null && Character.isDigit(mark.charAt(0))
                && context.questionId().toLowerCase(Locale.ROOT).startsWith(mark.toLowerCase(Locale.ROOT))
                && (context.questionId().length() == mark.length() || !Character.isDigit(context.questionId().charAt(mark.length())));
    }

    private static String lineAbove(List<SourceLine> lines, int index) {
        for (int k = index - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k).text();
            }
        }
        return null;
    }
}
