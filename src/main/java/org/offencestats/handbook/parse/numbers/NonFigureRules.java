package org.offencestats.handbook.parse.numbers;

import org.offencestats.handbook.model.NonFigureKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numbers on a line that are not statistics (dates, years, references, codes, statutes, list
 * numbers, money, durations, ages, phone numbers, postcodes...) by the words and shapes around them. Rules are
 * tried in order and the first that covers a number wins, so a specific shape ("Section 12", "£450") is decided
 * before a general one (a bare year).
 */
public final class NonFigureRules {

    /** A stretch of a line that a rule explains, 0-based and end-exclusive. */
    public record Span(int start, int end, NonFigureKind kind) {
        boolean covers(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** A rule, with a cheap pre-check that every match needs to pass ({@link LineHints}). */
    private record Rule(NonFigureKind kind, Pattern pattern, int group, Predicate<LineHints> mayMatch) {
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
    private static final String COUNT_NOUN = "(?:crimes?|offences?|records?|incidents?|arrests?|cases?|reports?|people|persons?"
            + "|victims?|suspects?|calls?|children|officers?|occurrences?|investigations?|charges?|cautions?|requests?)\\b";
    private static final String TIME_UNIT = "(?:hours?|hrs?|mins?|minutes?|seconds?|secs?|days?|weeks?|months?|years?|yrs?)\\b";
    private static final String LIST_WORD = "(?:questions?|q|points?|parts?|requests?|request\\s+numbers?|answers?|categor(?:y|ies)"
            + "|items?|tables?|paragraphs?|appendix|annex|bullets?|options?|stages?|steps?|sections?\\s+of\\s+your\\s+request)";

    private static final List<Rule> RULES = List.of(
            rule(NonFigureKind.WEB_ADDRESS, "(?i)\\bhttps?://\\S+|\\bwww\\.\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\[email[^\\]]*\\]",
                    h -> h.hasText("://") || h.hasChar("@[") || h.hasWord("www.")),
            rule(NonFigureKind.MONEY, "(?i)£\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|million|bn|billion)\\b)?|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:pounds|GBP|pence)\\b",
                    h -> h.digits() > 0 && (h.hasChar("£") || h.hasWord("pounds", "gbp", "pence"))),
            rule(NonFigureKind.PERCENTAGE, "(?i)\\b\\d+(?:\\.\\d+)?\\s?(?:%|per\\s?cent\\b)",
                    h -> h.digits() > 0 && (h.hasChar("%") || h.hasWord("per"))),
            rule(NonFigureKind.PHONE, "(?i)\\b0\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b|\\b(?:999|101|111)\\b(?=\\s*(?:calls?|number|emergency|non-emergency|line))"
                    + "|(?<=\\b(?:dial|dialled|dialling|call|calling|ring|tel|telephone|phone|phoned)\\s)(?:999|101|111)\\b",
                    h -> h.digits() >= 9 && h.phoneDigits()
                    || h.hasText("999", "101", "111") && h.hasWord("call", "number", "emergency", "line", "dial", "ring", "tel", "phone")),
            rule(NonFigureKind.POSTCODE, "\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b",
                    LineHints::capitalBeforeDigit),
            rule(NonFigureKind.REFERENCE, "(?i)\\b(?:ref(?:erence)?(?:\\s+(?:no|number))?|request\\s+(?:no|number|reference)|our\\s+ref|your\\s+ref"
                    + "|FOIA?(?:\\s+(?:ref(?:erence)?|request))?(?:\\s+(?:no|number))?|enquiry\\s+(?:reference|number)|case\\s+(?:no|number)"
                    + "|request\\s+number)\\s*[.:#]?\\s*(?:no\\.?\\s*)?(?:FOIA?\\s*)?[A-Z]{0,4}[/-]?\\s?\\d[\\w/-]*(?:(?<=[-/])\\s?\\d+|\\s?[-/]\\s?\\d+)?",
                    h -> h.digits() > 0 && (h.hasWord("ref", "foi") || h.wordsInRow("request", "no", "number") || h.wordsInRow("enquiry", "number")
                    || h.wordsInRow("case", "no", "number"))),
            rule(NonFigureKind.PERIOD, "(?i)\\b(?:FY\\s?)?(?:19|20)\\d\\d\\s?[/-]\\s?(?:(?:19|20)\\d\\d|\\d\\d)\\b",
                    h -> h.hasText("19", "20") && h.hasChar("/-")),
            rule(NonFigureKind.REFERENCE, "\\(\\s*\\d{3,6}[A-Za-z]?(?:[/_-]\\d{2,4})?\\s*\\)|\\b[A-Z]{2,}\\d*[/_-]\\d[\\w/-]*|\\b\\d{4}/\\d{3,}\\b"
                    + "|\\b\\d{3,6}[A-Z]?_\\d{2}\\b|\\b[1-9]\\d{2,5}[A-Z]?/\\d{2}\\b",
                    h -> h.parenThenDigits(3) || h.joinedBy("/_-")),
            rule(NonFigureKind.DATE, "\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b|\\b\\d{2}/\\d{2}/\\d{4}\\b",
                    h -> h.digitBetween("/.-")),
            rule(NonFigureKind.DATE, "(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+\\d{4}\\b)?"
                    + "|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*" + TIME_UNIT + ")(?:,?\\s+\\d{4}\\b)?|\\b" + MONTH + "\\s+\\d{4}\\b"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)\\b",
                    h -> h.digits() > 0 && (h.hasWord("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                    || h.digitBeforeWord("st", "nd", "rd", "th"))),
            rule(NonFigureKind.TIME, "(?i)\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b|\\b\\d{1,2}(?:\\.\\d{2})?\\s?(?:am|pm)\\b",
                    h -> h.digitBetween(":") || h.numberThenWord("am", "pm")),
            rule(NonFigureKind.OUTCOME_CODE, "(?i)\\b(?:outcomes?|OC|O/C)\\s*(?:type\\s*)?\\d{1,2}[A-Z]?\\b(?:\\s*(?:,|&|and|or|-|to)\\s*(?:outcome\\s*)?\\d{1,2}[A-Z]?\\b)*",
                    h -> h.digits() > 0 && h.hasWord("outcome", "oc", "o/c")),
            rule(NonFigureKind.OFFENCE_CODE, "(?i)\\b(?:(?:home\\s+office|HO)\\s+)?(?:offence\\s+)?(?:codes?|class(?:es)?|classification)\\s*:?\\s*\\(?\\d{1,3}[A-Z]?(?:/\\d{1,2})?"
                    + "(?:\\s*(?:,|&|and|or)\\s*\\d{1,3}[A-Z]?(?:/\\d{1,2})?)*",
                    h -> h.digits() > 0 && h.hasWord("code", "class")),
            rule(NonFigureKind.OFFENCE_CODE, "\\b0\\d{2}/\\d{1,2}\\b|\\b\\d{1,3}[A-Z]\\b(?![/_-]\\d)|(?<![\\d/])\\b\\d{1,2}/\\d{1,2}\\b(?![/\\d])",
                    h -> h.digits() > 0 && (h.hasChar("/") || h.digitBeforeCapital())),
            rule(NonFigureKind.STATUTE, "(?i)\\b(?:sections?|subsections?|sec\\.?|ss?\\.(?=\\s?\\d)|s(?=\\d)|articles?|regulations?|schedule|para(?:graph)?s?|rule)\\s*\\(?\\d+[A-Z]?\\)?"
                    + "(?:\\s*\\(\\s*\\w{1,4}\\s*\\))*(?:\\s*(?:,|&|and|or|to)\\s*(?:s\\.?\\s?)?\\(?\\d+[A-Z]?\\)?(?:\\s*\\(\\s*\\w{1,4}\\s*\\))*)*",
                    h -> h.digits() > 0 && (h.hasWord("sec", "article", "regulation", "schedule", "para", "rule")
                    || h.beforeDigit("s") || h.sectionDot())),
            rule(NonFigureKind.STATUTE, "(?i)\\b\\d+\\s*\\(\\s*\\d+\\s*\\)(?:\\s*\\(\\s*\\w{1,3}\\s*\\))*"
                    + "|\\b(?:statutory\\s+instrument|S\\.?I\\.?)\\s+(?:number|no\\.?)?\\s*\\d+|\\b(?:act|order|regulations)\\s+(?:of\\s+)?\\d{4}\\b",
                    h -> h.digits() > 0 && (h.hasChar("(") || h.hasWord("statutory", "si", "s.i", "act", "order", "regulations"))),
            rule(NonFigureKind.AGE, "(?i)\\b(?:aged?|ages)\\s+(?:between\\s+|of\\s+|under\\s+|over\\s+|from\\s+)?\\d{1,2}\\+?(?:\\s*(?:-|–|to|and)\\s*\\d{1,2}\\+?)?"
                    + "|\\b(?:under|over|below|above)\\s+the\\s+age\\s+of\\s+\\d{1,2}|\\bu\\d{2}\\b|\\b\\d{1,2}\\+"
                    + "|\\b\\d{1,2}(?:\\s*(?:-|–|to|and|or)\\s*\\d{1,2})?\\s*[- ]?(?:years?|yrs?)[- ]?(?:olds?|of\\s+age)\\b"
                    + "|\\b(?:child(?:ren)?|people|persons?|victims?|suspects?|offenders?|those|anyone|girls?|boys?|males?|females?|adults?|youths?)"
                    + "\\s+(?:(?:were|was|are|is|who\\s+were)\\s+)?(?:aged\\s+)?(?:under|over|below|above)\\s+\\d{1,2}\\b"
                    + "|\\bage\\s+(?:was\\s+|is\\s+)?(?:greater|more|less|older|younger)\\s+than\\s+\\d{1,2}(?:\\s+and\\s+(?:greater|more|less|older|younger)\\s+than\\s+\\d{1,2})?"
                    + "|\\b\\d{1,2}\\s+(?:and|or)\\s+(?:over|under|above|below)\\b|\\b\\d{1,2}\\s+(?:age\\s+(?:group|band|range)s?)\\b"
                    + "|\\b(?:under|over)\\s+(?:1[0-9]|[5-9]|2[0-5])\\b(?=\\s*(?:years?\\b|yrs?\\b|[,.;:)]|$|that\\b|who\\b|at\\b|and\\b|in\\b|when\\b|whose\\b|with\\b|on\\b))",
                    h -> h.digits() > 0 && (h.hasWord("age", "under", "over", "below", "above") || h.beforeDigit("u")
                    || h.digitThen("+") || h.hasWord("year", "yr") && h.hasWord("old"))),
            rule(NonFigureKind.DURATION, "(?i)\\b\\d[\\d,.]*(?:\\s*(?:-|–|to)\\s*\\d[\\d,.]*)?\\s*(?:[a-z]+\\s+)?" + TIME_UNIT,
                    h -> h.wordAfterDigit("hour", "hr", "min", "minute", "second", "sec", "day", "week", "month", "year", "yr")),
            rule(NonFigureKind.LIST_NUMBER, "\\b\\d{1,2}[.)]\\s+(?=(?:How|What|Which|When|Where|Who|Why|Please|Can|Could|Would|Do|Does|Did|Is|Are|Has|Have"
                    + "|Provide|Number|Total|The|In|Of|For|If)\\b)|(?i)\\b\\d{1,2}(?=\\s+(?:items?|questions?|points?|parts?|categories)\\b)",
                    h -> h.digitThenSpace(".)") || h.digits() > 0 && h.hasWord("item", "question", "point", "part", "categories")),
            rule(NonFigureKind.LIST_NUMBER, "(?i)\\b" + LIST_WORD + "\\s*\\d{1,2}[a-z]?\\b(?:\\s*(?:,|&|and|or|to|-)\\s*\\d{1,2}[a-z]?\\b)*",
                    h -> h.digits() > 0 && h.hasWord("q", "point", "part", "answer", "categor", "item", "table", "paragraph", "appendix",
                    "annex", "bullet", "option", "stage", "step", "section")),
            rule(NonFigureKind.LIST_NUMBER, "^\\s*(?:\\*\\*|<b>|<strong>)?\\s*\\d{1,2}[a-z]\\s|\\(\\s*\\d{1,2}[a-z]?\\s*\\)",
                    h -> h.parenThenDigits(1) || h.startsWithDigitOr("*<") && h.digitThen("abcdefghijklmnopqrstuvwxyz")),
            rule(NonFigureKind.LIST_NUMBER, "^\\s*(?:\\*\\*|<b>|<strong>)?\\s*(?:[•·*]\\s*)?(?:[Qq]\\s?)?\\(?\\d{1,2}[a-z]?\\s?[.)](?!\\d)|^\\s*\\d{1,2}[a-z]?\\s+[-–]\\s+(?=[A-Z])|\\bQ\\d{1,2}[a-z]?\\b",
                    h -> h.digits() > 0 && (h.startsWithDigitOr("*<•·Qq(") || h.beforeDigitExact("Q"))),
            rule(NonFigureKind.YEAR, "\\b(?:19[5-9]\\d|20[0-4]\\d)\\b(?!\\s*(?:[a-z]+\\s+)?" + COUNT_NOUN + ")",
                    h -> h.hasText("19", "20")),
            rule(NonFigureKind.FOOTNOTE_MARK, "(?<=[a-z]{2}|[a-z]\\.|\\))\\d(?![\\d,.])",
                    LineHints::digitAfterLetterDotOrBracket),
            rule(NonFigureKind.PAGE_FURNITURE, "(?i)\\bpage\\s+\\d+(?:\\s+of\\s+\\d+)?|\\bversion\\s*\\d+(?:\\.\\d+)*|\\bv\\d+(?:\\.\\d+)+",
                    h -> h.digits() > 0 && (h.hasWord("page", "version") || h.beforeDigit("v"))));

    private static final Pattern POSTCODE_WORD = Pattern.compile("(?i)\\bpost\\s?codes?\\b");
    private static final Pattern POSTCODE_DISTRICT = Pattern.compile("\\b[A-Z]{1,2}\\d{1,2}[A-Z]?\\b");
    private static final Pattern ENUMERATION_START = Pattern.compile("^\\s*1\\s+[A-Z].*");
    private static final Pattern ENUMERATION = Pattern.compile("(?<![\\d,.])(\\d{1,2})\\s+(?=[A-Z][a-z])");

    private NonFigureRules() {
    }

    private static Rule rule(NonFigureKind kind, String regex, Predicate<LineHints> mayMatch) {
        return new Rule(kind, Pattern.compile(regex), 0, mayMatch);
    }

    /** Every stretch of {@code line} that a rule explains, in the order the rules are tried. */
    public static List<Span> spans(String line) {
        return spans(line, true);
    }

    /** As {@link #spans(String)}; without the pre-checks every rule's regex runs (for the equivalence tests). */
    static List<Span> spans(String line, boolean preCheck) {
        List<Span> spans = new ArrayList<>();
        LineHints hints = new LineHints(line);
        for (Rule rule : RULES) {
            if (preCheck && !rule.mayMatch().test(hints)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(line);
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new Span(m.start(rule.group()), m.end(rule.group()), rule.kind()));
                }
            }
        }
        if ((!preCheck || hints.hasWord("post")) && POSTCODE_WORD.matcher(line).find()) {
            Matcher m = POSTCODE_DISTRICT.matcher(line);
            while (m.find()) {
                spans.add(0, new Span(m.start(), m.end(), NonFigureKind.POSTCODE));
            }
        }
        spans.addAll(inlineEnumeration(line));
        return spans;
    }

    static int ruleCount() {
        return RULES.size();
    }

    /** True when rule {@code i}'s regex finds a match on {@code line}. */
    static boolean ruleFinds(int i, String line) {
        return RULES.get(i).pattern().matcher(line).find();
    }

    /** True when rule {@code i}'s pre-check lets its regex run on {@code line}. */
    static boolean rulePreCheck(int i, String line) {
        return RULES.get(i).mayMatch().test(new LineHints(line));
    }

    static boolean postcodeWordFinds(String line) {
        return POSTCODE_WORD.matcher(line).find();
    }

    static boolean postcodeWordPreCheck(String line) {
        return new LineHints(line).hasWord("post");
    }

    /** Why the number at {@code token} on {@code line} is not a figure, if a rule says so. */
    public static Optional<NonFigureKind> classify(String line, NumberToken token) {
        return classify(spans(line), token);
    }

    public static Optional<NonFigureKind> classify(List<Span> spans, NumberToken token) {
        for (Span span : spans) {
            if (span.covers(token.start())) {
                return Optional.of(span.kind());
            }
        }
        return Optional.empty();
    }

    /** "1 Gender 2 Religion 3 Nationality": three or more numbers counting up from 1, each before a word. */
    private static List<Span> inlineEnumeration(String line) {
        List<Span> found = new ArrayList<>();
        if (!ENUMERATION_START.matcher(line).matches()) {
            return found;
        }
        Matcher m = ENUMERATION.matcher(line);
        int expected = 1;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n == expected) {
                found.add(new Span(m.start(1), m.end(1), NonFigureKind.LIST_NUMBER));
                expected++;
            } else {
                break;
            }
        }
        return found.size() >= 3 ? found : List.of();
    }
}
