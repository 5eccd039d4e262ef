package org.offencestats.handbook.parse.numbers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-checks {@link NonFigureRules} runs before each rule's regex must never skip a rule that would match: on
 * random lines built from the rules' own words and shapes, on edge cases and on every seed line, a regex match
 * implies its pre-check passes, and the spans with and without pre-checks are the same.
 */
class NonFigurePrecheckTest {

    private static final String[] FRAGMENTS = {
            "0", "1", "2", "5", "9", "12", "19", "20", "21", "2019", "1995", "2020/21", "2019-20", "01/04/2020", "1.1.21", "31-03-21",
            "999", "101", "111", "0121 626 5000", "07700900123", "0800-555-1234", "450", "12,625", "3.5", "1st", "2nd", "3rd", "4th",
            "14:30", "3pm", "10.30am", "(12)", "(1234)", "(611B/21)", "ABC/1", "AB-12", "1234/567", "123_45", "611B/21", "088/01", "8R",
            "17A", "86/2", "1(1)(a)", "s30(1)", "s.12", "ss. 4", "S.I. 2010", "v1.2", "u18", "U16", "18+", "Q4", "q 2", "1.", "2)", "3a",
            "http://x.org/a1", "https://a.b", "www.police.uk", "a1@b.com", "[email protected]", "£", "£450", "%", "per cent", "percent",
            "pounds", "GBP", "pence", "k", "million", "dial", "call", "calls", "tel", "phone", "number", "line", "emergency", "B1",
            "B1 1AA", "SW1A 2AA", "WV10 6AA", "ref", "reference", "no", "no.", "request", "our ref", "your ref", "FOI", "FOIA",
            "enquiry", "case", "FY", "Jan", "January", "Feb", "March", "Apr", "May", "June", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
            "of", "st", "nd", "rd", "th", "am", "pm", "outcome", "outcomes", "OC", "O/C", "type", "home office", "HO", "offence", "code",
            "codes", "class", "classes", "classification", "section", "sections", "subsection", "sec", "sec.", "s", "ss", "s.", "ss.",
            "article", "regulation", "schedule", "para", "paragraph", "rule", "statutory instrument", "S.I.", "SI", "act", "order",
            "regulations", "aged", "age", "ages", "between", "under", "over", "below", "above", "the age of", "+", "years", "year",
            "yrs", "yr", "old", "olds", "of age", "children", "people", "victims", "were", "who were", "greater than", "less than",
            "and", "or", "to", "age group", "age band", "hours", "hrs", "mins", "minutes", "seconds", "days", "weeks", "months",
            "How", "What", "Please", "The", "Total", "items", "questions", "points", "parts", "categories", "q", "Q", "question", "part",
            "answer", "category", "item", "table", "appendix", "annex", "bullet", "option", "stage", "step", "sections of your request",
            "request number", "**", "<b>", "<strong>", "•", "·", "*", "–", "page", "version", "v", "crimes", "offences", "a", "x", "A",
            "Z", "_", "post code", "postcode", "post", "Gender", "Religion", "that", "who", "in", "with", "ab", "c."};
    private static final String[] GLUE = {"", " ", " ", " ", "  ", "\t", "-", "/", ".", ",", "(", ")", ":", "\u00A0", "\n"};

    /** Short lines where each rule matches at an edge: at the start or end, next to punctuation, in odd case. */
    private static final List<String> EDGES = List.of("1st", "3RD", "JAN 5", "may 2020", "5 of dec", "12:30", "9PM", "OC1", "o/c 2",
            "CODE 8", "Class 20", "8R", "1/2", "s1", "S.4", "SS. 4", "sec 5", "Rule 3", "1(2)", "si 4", "ACT 2003", "Order of 2010",
            "aged 5", "u18", "U18", "18+", "5 years old", "people over 16", "age more than 5", "5 and over", "12 age groups", "under 16.",
            "5 hrs", "3 DAYS", "1. How", "2) What", "3 items", "Q1", "q1", "table 4", "Annex 2", "3a x", "(2)", "  1. x", "**1.", "• 1)",
            "1 - Total", "2019", "1950", "ab1", "c.2", ")3", "PAGE 2", "Version 3", "V1.2", "http://a", "WWW.x", "a@b.c", "[email]",
            "£1", "5 GBP", "5%", "5 PER CENT", "01234 567 890", "999 calls", "dial 999", "B1 1AA", "ref 12", "FOI 123", "CASE NO 5",
            "2019/20", "fy2019-20", "(1234)", "AB/1", "1234/567", "123_45", "123/45", "1.2.20", "01/02/2020", "post code B1",
            "1 Gender 2 Religion 3 Nationality", "5 am", "5\tPM", "10.30 pm", "5  am", "x am", "( 123)", "(12a)", "(  1 )", "1a x",
            " **2b item", "<b>3c x", "5days", "5 DAYS", "5 long weeks", "2 years,", "3 yr_", "1 minute", "1 minutes", "4 secs.",
            "request\tno 5", "REQUEST  NUMBER 12", "enquiry number 4", "case no 7", "our ref 3", "FOI 12");

    @Test
    void aRuleThatMatchesAlwaysPassesItsPreCheck() throws IOException {
        int rules = NonFigureRules.ruleCount();
        int[] matched = new int[rules];
        int[] skipped = new int[rules];
        for (String line : lines()) {
            for (int i = 0; i < rules; i++) {
                boolean finds = NonFigureRules.ruleFinds(i, line);
                boolean preCheck = NonFigureRules.rulePreCheck(i, line);
                assertThat(!finds || preCheck).as("rule %d matches \"%s\" but its pre-check skips it", i, line).isTrue();
                matched[i] += finds ? 1 : 0;
                skipped[i] += preCheck ? 0 : 1;
            }
            assertThat(!NonFigureRules.postcodeWordFinds(line) || NonFigureRules.postcodeWordPreCheck(line)).as(line).isTrue();
        }
        for (int i = 0; i < rules; i++) {
            // Each rule was put to the test (it matched often) and its pre-check does skip lines.
            assertThat(matched[i]).as("lines rule %d matched", i).isGreaterThan(100);
            assertThat(skipped[i]).as("lines rule %d's pre-check skipped", i).isGreaterThan(100);
        }
    }

    @Test
    void spansAreTheSameWithAndWithoutPreChecks() throws IOException {
        for (String line : lines()) {
            assertThat(NonFigureRules.spans(line)).as(line).isEqualTo(NonFigureRules.spans(line, false));
        }
    }

    @Test
    void preChecksSkipRulesOnAPlainLine() {
        String line = "Total 12";
        long run = java.util.stream.IntStream.range(0, NonFigureRules.ruleCount()).filter(i -> NonFigureRules.rulePreCheck(i, line)).count();
        assertThat(run).isLessThan(NonFigureRules.ruleCount() / 2);
    }

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(EDGES);
        try (Stream<Path> files = Files.list(Path.of("content/disclosures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(19);
        for (int n = 0; n < 40_000; n++) {
            lines.add(randomLine(random));
        }
        return lines;
    }

    private static String randomLine(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            String f = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
            f = switch (random.nextInt(5)) {
                case 0 -> f.toUpperCase(Locale.ROOT);
                case 1 -> f.toLowerCase(Locale.ROOT);
                case 2 -> f.isEmpty() ? f : Character.toUpperCase(f.charAt(0)) + f.substring(1);
                default -> f;
            };
            b.append(f).append(GLUE[random.nextInt(GLUE.length)]);
        }
        return b.toString();
    }
}
