package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.parse.numbers.NonFigureRules;
import org.offencestats.handbook.parse.numbers.NumberToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts stated in running prose: "There were 1,535 reported rapes in the period, of which 1,444 were crimed",
 * "in excess of 2700 records", "manually searching over 3715 cases", "destroyed 201 dogs", "(56 of which were
 * allocated", "1 arrest.", "31 were 'no crimed'". A number in prose is a figure only with evidence that it counts
 * something (the words before or after it, or a sentence opening with it), and never when a {@link NonFigureRules
 * rule} says what else it is (a year, date, list number, duration, age, statute, amount of money...).
 */
final class ProseCountReader implements FigureLineReader {

    private static final String COUNT_NOUN = "(?:crimes?|offences?|records?|incidents?|arrests?|cases?|reports?|people|persons?"
            + "|victims?|suspects?|calls?|children|officers?|occurrences?|investigations?|charges?|cautions?|requests?|complaints?"
            + "|logs?|applications?|notices?|vehicles?|referrals?|disclosures?|detentions?|individuals?|men|women"
            + "|males?|females?|staff|rapes?|offenders?|convictions?|summonses|warrants?|searches|stops?|deaths?|files?|entries"
            + "|occasions?|instances?|crimed)\\b";
    private static final Pattern BEFORE = Pattern.compile("(?i)(?:\\bthere\\s+(?:were|was|are|is|have\\s+been|has\\s+been)"
            + "(?:\\s+(?:a\\s+total\\s+of|approximately|around|about|over|in\\s+excess\\s+of|more\\s+than|at\\s+least|some))?"
            + "|\\bof\\s+which|\\bof\\s+(?:those|these|them)|\\bin\\s+excess\\s+of|\\bover|\\bmore\\s+than|\\bapproximately"
            + "|\\bapprox\\.?|\\baround|\\bat\\s+least|\\ba\\s+total\\s+of|\\btotall?ing)\\s+[‘'\"“]?$");
    private static final Pattern VERB_BEFORE = Pattern.compile("(?i)\\b(?:destroyed|arrested|charged|cautioned|recorded|received"
            + "|identified|seized|reviewed|review|interrogate|examine|search(?:ing)?|made|issued|attended)\\s+$");
    private static final Pattern NOUN_AFTER = Pattern.compile(
            "^\\s+(?:(?!(?:at|the|of|in|on|to|for|by|with|from|a|an|and|or|than|per|each|every)\\s)[\\p{Ll}'’/-]+\\s+){0,5}?(?i:"
                    + COUNT_NOUN + ")");
    private static final Pattern OUTCOME_AFTER = Pattern.compile("(?i)^\\s+(?:(?:were|was|have\\s+been|has\\s+been)\\s+)?[‘'\"“]?"
            + "(?:no[ -]crimed|crimed|written\\s+off|undetected|detected|charged|cautioned|arrested|convicted)\\b");
    private static final Pattern OF_WHICH_AFTER = Pattern.compile("(?i)^\\s+of\\s+(?:which|whom|these|those)\\b");
    private static final Pattern PLURAL_AFTER = Pattern.compile("^\\s+\\p{Ll}+s\\b");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^\\s*(?:(?:\\d{1,2}[a-z]?|[a-z])[.)]\\s+|[-•·]\\s+)?|[.!?]\\s+|\\(\\s*)$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+[‘'\"“]?\\p{L}");
    private static final Pattern SENTENCE_VERB = Pattern.compile("(?i)\\b(?:were|was|have|has|had|are|is|been)\\b|\\.\\s*$");
    private static final int WINDOW = 400;
    /** "one or more victims", "5 or fewer": a threshold in a definition, not a count. */
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("(?i)^\\s+or\\s+(?:more|fewer|less|above|over|under|below)\\b");
    /** Number words that count in prose ("three people charged and two cautioned"); "none" and "nil" are answers. */
    private static final Pattern COUNTING_WORD = Pattern.compile("(?i)one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:,()]|\\s(?:were|was|have|has|had|is|are)\\b");

    @Override
    public List<StatedFigure> read(List<SourceLine> lines, int index, ReadingContext context, Set<Integer> claimed) {
        SourceLine line = lines.get(index);
        String raw = line.text();
        List<NonFigureRules.Span> spans = null;
        List<StatedFigure> figures = new ArrayList<>();
        for (NumberToken token : context.numbers().tokens(raw)) {
            if (token.value() == null || claimed.contains(token.start()) || token.word() && !COUNTING_WORD.matcher(token.printed()).matches()) {
                continue;
            }
            if (spans == null) {
                spans = context.numbers().spans(raw); // only for a line with a number the checks above leave
            }
            if (NonFigureRules.classify(spans, token).isPresent() || glued(raw, token)) {
                continue;
            }
            String before = before(raw, token.start());
            String after = raw.substring(token.end(), Math.min(raw.length(), token.end() + WINDOW));
            if (THRESHOLD_AFTER.matcher(after).find() || !countsSomething(before, after)) {
                continue;
            }
            String sentence = Sentences.around(raw, token.start());
            figures.add(new StatedFigure(context.questionId(), token.value(), wording(after, sentence),
                    Markup.strip(sentence), new SourceRef(context.file(), line.number(), token.column()), token.printed(),
                    Sentences.period(sentence)));
        }
        return figures;
    }

    /**
     * The words before a number, at most {@link #WINDOW} characters of them: evidence is local, and a bounded window
     * keeps a very long line linear. A cut window starts with a mark so that it never reads as the line's start.
     */
    private static String before(String raw, int at) {
        return at <= WINDOW ? raw.substring(0, at) : "\u0000" + raw.substring(at - WINDOW, at);
    }

    private static boolean countsSomething(String before, String after) {
        if (BEFORE.matcher(before).find() || NOUN_AFTER.matcher(after).find() || OUTCOME_AFTER.matcher(after).find()
                || OF_WHICH_AFTER.matcher(after).find()) {
            return true;
        }
        if (VERB_BEFORE.matcher(before).find() && PLURAL_AFTER.matcher(after).find()) {
            return true;
        }
        // "17 Indecent assault" in a list of codes opens a line too: a sentence has a verb or a full stop.
        return SENTENCE_START.matcher(before).find() && WORD_AFTER.matcher(after).find()
                && SENTENCE_VERB.matcher(Sentences.around(before + "#" + after, before.length())).find();
    }

    /** "arrested1", "Making/Taking26": digits glued to a word are a footnote mark or a label's figure, not prose. */
    private static boolean glued(String raw, NumberToken token) {
        return token.start() > 0 && Character.isLetter(raw.charAt(token.start() - 1));
    }

    /** What the figure counts: the words after it up to the verb or the end of the clause ("SARs open"). */
    private static String wording(String after, String sentence) {
        String clause = after.strip();
        if (OF_WHICH_AFTER.matcher(after).find()) {
            return clause.split("[.;:()]", 2)[0].strip();
        }
        var end = CLAUSE_END.matcher(" " + clause);
        if (end.find() && end.start() > 0) {
            clause = clause.substring(0, end.start() - 1).strip();
        } else if (end.find(0) && end.start() == 0) {
            clause = clause.split("[.;:()]", 2)[0].strip();
        }
        return clause.isEmpty() ? Markup.strip(sentence) : clause.replaceAll("^[‘'\"“]|[’'\"”]$", "");
    }
}
