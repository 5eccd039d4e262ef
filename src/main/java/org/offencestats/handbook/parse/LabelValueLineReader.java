package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.NonFigureKind;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.parse.numbers.NonFigureRules;
import org.offencestats.handbook.parse.numbers.NumberMemo;
import org.offencestats.handbook.parse.numbers.NumberScanner;
import org.offencestats.handbook.parse.numbers.NumberToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short label and its figure on a line of their own: "Arrested - 12", "1a. Charged – 5", "Victims = 40",
 * "Cautions: 7", "Total Count 31", "Making/Taking26" (glued), and "Victim gender : 19,812 female and 3,707 male"
 * (one figure per "N word", each counting the label's word). A label that names a reference, date, page or section
 * is not a count, nor is a number a {@link NonFigureRules rule} explains.
 */
final class LabelValueLineReader implements FigureLineReader {

    private static final String COUNT = "\\d{1,3}(?:,\\d{3})+|\\d+";
    private static final String MARK = "^\\s*(?:(?:\\d{1,2}[a-z]?|[a-z])[.)]\\s+)?";
    private static final Pattern SEPARATED = Pattern.compile(MARK + "(?<label>\\p{L}[^=:–\\-?]{0,58}?)\\s*(?:[=:–]|-{1,2})\\s*"
            + "(?<num>" + COUNT + ")\\s*\\.?\\s*$");
    private static final Pattern TOTAL = Pattern.compile("(?i)" + MARK + "(?<label>(?:grand\\s+)?total(?:\\s+count)?|count)\\s+"
            + "(?<num>" + COUNT + ")\\s*$");
    private static final Pattern GLUED = Pattern.compile(MARK + "(?<label>\\p{L}[\\p{L}/ ]{2,40}\\p{Ll})(?<num>\\d{2,}|\\d{1,3}(?:,\\d{3})+)\\s*$");
    private static final Pattern SPLIT = Pattern.compile(MARK + "(?<label>\\p{L}[\\p{L} ]{0,40}?)\\s*:\\s*(?<list>(?:" + COUNT
            + ")\\s+\\p{L}+(?:\\s*(?:,|and)\\s*(?:" + COUNT + ")\\s+\\p{L}+)+)\\s*\\.?\\s*$");
    private static final Pattern SPLIT_PART = Pattern.compile("(" + COUNT + ")\\s+(\\p{L}+)");
    private static final Pattern NOT_A_COUNT = Pattern.compile("(?i).*\\b(?:ref|reference|no|number|tel|telephone|phone|fax|page"
            + "|version|date|dated|section|code|ext|extension|year|age|aged|time|request|question|part|point|item)\\.?$");

    @Override
    public List<StatedFigure> read(List<SourceLine> lines, int index, ReadingContext context, Set<Integer> claimed) {
        SourceLine line = lines.get(index);
        String raw = line.text();
        Matcher split = SPLIT.matcher(raw);
        if (split.matches()) {
            return splitFigures(line, split, context, claimed);
        }
        for (Pattern pattern : List.of(SEPARATED, TOTAL, GLUED)) {
            Matcher m = pattern.matcher(raw);
            if (m.matches()) {
                String label = Markup.strip(m.group("label"));
                if (NOT_A_COUNT.matcher(label).matches() || claimed.contains(m.start("num")) || explained(context.numbers(), raw, m.start("num"))
                        || NumberScanner.valueOf(m.group("num")) == null
                        || !labelNumbersExplained(context.numbers(), raw, m.start("label"), m.end("label"))) {
                    return List.of();
                }
                return List.of(figure(line, m.group("num"), m.start("num"), label, context));
            }
        }
        return List.of();
    }

    private List<StatedFigure> splitFigures(SourceLine line, Matcher split, ReadingContext context, Set<Integer> claimed) {
        String label = Markup.strip(split.group("label"));
        if (NOT_A_COUNT.matcher(label).matches()) {
            return List.of();
        }
        List<StatedFigure> figures = new ArrayList<>();
        Matcher part = SPLIT_PART.matcher(line.text());
        part.region(split.start("list"), split.end("list"));
        while (part.find()) {
            if (!claimed.contains(part.start(1)) && !explained(context.numbers(), line.text(), part.start(1)) && NumberScanner.valueOf(part.group(1)) != null) {
                figures.add(figure(line, part.group(1), part.start(1), label + ": " + part.group(2), context));
            }
        }
        return figures;
    }

    /**
     * "Victims aged under 13 - 12", "Offences in 2019 - 40": a number in a label must qualify what is counted (an age,
     * period, code); after a section, reference or page number the figure is no count ("Section 12 - 5").
     */
    private static boolean labelNumbersExplained(NumberMemo numbers, String raw, int from, int to) {
        return numbers.tokens(raw).stream().filter(t -> t.start() >= from && t.start() < to)
                .allMatch(t -> numbers.classify(raw, t).filter(QUALIFIERS::contains).isPresent());
    }

    private static final java.util.Set<NonFigureKind> QUALIFIERS = java.util.EnumSet.of(NonFigureKind.AGE, NonFigureKind.YEAR,
            NonFigureKind.PERIOD, NonFigureKind.DATE, NonFigureKind.DURATION, NonFigureKind.OFFENCE_CODE, NonFigureKind.OUTCOME_CODE);

    private static boolean explained(NumberMemo numbers, String raw, int start) {
        return numbers.tokens(raw).stream().filter(t -> t.start() == start).findFirst()
                .map((NumberToken t) -> numbers.classify(raw, t).isPresent()).orElse(true);
    }

    private static StatedFigure figure(SourceLine line, String printed, int start, String wording, ReadingContext context) {
        return new StatedFigure(context.questionId(), NumberScanner.valueOf(printed), wording, Markup.strip(line.text()),
                new SourceRef(context.file(), line.number(), start + 1), printed, null);
    }
}
