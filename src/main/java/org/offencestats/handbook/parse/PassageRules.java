package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.ExemptionKind;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The wording rules that recognise debris, caveats, exemptions, references and stated figures in narrative. */
final class PassageRules {

    private static final Pattern SECTION_21 = Pattern.compile(".*\\bsection 21\\b.*");
    private static final Pattern SECTION_23 = Pattern.compile(".*\\bsection 23\\b.*");
    private static final Pattern SECTION_40 = Pattern.compile(".*\\bsection 40\\b.*");
    private static final Pattern SECTION_31 = Pattern.compile(".*\\bsection 31\\b.*");
    private static final Pattern SECTION_30 = Pattern.compile(".*\\bsection 30\\b.*");
    private static final Pattern SECTION_12 = Pattern.compile(".*\\bsection 12\\b.*");
    private static final Pattern DEBRIS = Pattern.compile(
            "(?i)skip to (main )?content|include attachments here|back to top|print this page|share this page");
    private static final Pattern FOOTNOTE = Pattern.compile("^([*^†‡])(?![*^†‡\\s])(.+)$");
    private static final Pattern TABLE_HEADING = Pattern.compile("(?i)^table\\s+(\\d{1,3})$");
    private static final Pattern SEE_TABLE = Pattern.compile("(?i)^see\\s+table\\s+(\\d{1,3})\\.?$");
    private static final Pattern BULLET = Pattern.compile("^[-•·–]\\s+(.*)$");
    private static final Pattern TITLE_REFERENCE = Pattern.compile("\\((\\d{1,5}[A-Za-z]?/\\d{2})\\)\\s*$");
    private static final Pattern REFERENCE_LINE = Pattern.compile("(?i)^request\\s+reference:?\\s*(\\d{1,5}[A-Za-z]?/\\d{2})$");
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)^\\S*\\d+[a-z]?_\\d+\\b.*|^.{0,60}\\battachments?\\b.{0,40}$");
    private static final Pattern CAVEAT = Pattern.compile("(?i)interpreted with caution|not always necessary|"
            + "taken into account|not necessarily|best interpretation|inaccuracies|does not match|care should be taken|"
            + "misleading|limitations|shown in a slightly different way|exceed the 18 hour|so as to not mislead");
    private static final Pattern STATED = Pattern.compile(
            "(?i)^(no|none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,6})\\s+(.+?)\\s+"
                    + "(have|has|were|was)\\s+(.+?)\\.?$");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("no", 0), Map.entry("none", 0), Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    record Figure(long value, String wording) {
    }

    private PassageRules() {
    }

    static boolean isDebris(String text) {
        return DEBRIS.matcher(text).matches();
    }

    static Matcher footnote(String trimmedRaw) {
        return FOOTNOTE.matcher(trimmedRaw);
    }

    static Optional<Integer> tableHeading(String text) {
        Matcher m = TABLE_HEADING.matcher(text);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    static Optional<Integer> seeTable(String text) {
        Matcher m = SEE_TABLE.matcher(text);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    static Optional<String> bullet(String text) {
        Matcher m = BULLET.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> statedReference(String text) {
        Matcher m = TITLE_REFERENCE.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        m = REFERENCE_LINE.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<ExemptionKind> exemption(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (SECTION_21.matcher(t).matches()) {
            return Optional.of(ExemptionKind.SECTION_21_REASONABLY_ACCESSIBLE);
        }
        if (SECTION_23.matcher(t).matches() || t.contains("neither confirm nor deny")) {
            return Optional.of(ExemptionKind.SECTION_23_5_NEITHER_CONFIRM_NOR_DENY);
        }
        if (SECTION_40.matcher(t).matches()) {
            return Optional.of(ExemptionKind.SECTION_40_PERSONAL_INFORMATION);
        }
        if (SECTION_31.matcher(t).matches()) {
            return Optional.of(ExemptionKind.SECTION_31_LAW_ENFORCEMENT);
        }
        if (SECTION_30.matcher(t).matches()) {
            return Optional.of(ExemptionKind.SECTION_30_INVESTIGATIONS);
        }
        if (t.contains("(cost) limit") || t.contains("cost limit") || t.contains("fees limit") || t.contains("excess cost")
                || SECTION_12.matcher(t).matches()) {
            return Optional.of(ExemptionKind.SECTION_12_COST_LIMIT);
        }
        return Optional.empty();
    }

    static boolean namesAttachment(String text) {
        return ATTACHMENT.matcher(text).matches() && !isDebris(text);
    }

    static boolean isCaveat(String text) {
        return CAVEAT.matcher(text).find();
    }

    /** A count stated in a sentence: "Six of the reported crimes ... have resulted in a conviction" is 6. */
    static Optional<Figure> statedFigure(String sentence) {
        Matcher m = STATED.matcher(sentence);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1).toLowerCase(Locale.ROOT);
        long value = NUMBER_WORDS.containsKey(number) ? NUMBER_WORDS.get(number) : Long.parseLong(number);
        String wording = (m.group(2) + " " + m.group(3) + " " + m.group(4)).replaceAll("\\s+", " ");
        return Optional.of(new Figure(value, wording));
    }
}
