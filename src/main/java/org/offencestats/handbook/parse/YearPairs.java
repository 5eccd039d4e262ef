package org.offencestats.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line made only of "YYYY – N" pairs: "2019 – 768", "2020 up to 31st January – 59", "2013 – 2019 - 6",
 * "2014 – 2679, 2015 – 3549 & 2019 to July - 1878", "  2. 2011 - 3739", "2016 – no information held" and a
 * cut-off "2021 – ". The whole line must be pairs, so a year in a sentence is never read as one.
 */
final class YearPairs {

    /** What stands after a pair's dash: a count, words ("no information held"), or nothing (the text was cut off). */
    enum ValueKind { NUMBER, WORDS, NOTHING }

    /**
     * One pair: its period label ("2013 – 2019") and any qualifier ("up to 31st January"), the value as printed, and
     * words after a count ("still a long term misper"). Offsets are 0-based in the raw line.
     */
    record Pair(String label, int labelStart, String qualifier, int qualifierStart, ValueKind kind, String value,
                int valueStart, String tail) {

        /** The period as the text gives it: the label with its qualifier ("2019 to July"). */
        String period() {
            return qualifier == null ? label : label + " " + qualifier;
        }

        int firstYear() {
            return Integer.parseInt(label.substring(0, 4));
        }
    }

    /** A list mark that may lead the line ("2.", "1a)", "a)", "•"). */
    record Line(String listMark, List<Pair> pairs) {
    }

    private static final Pattern PREFIX = Pattern.compile("^\\s*(?:(\\d{1,2}[a-z]?[.)]|[a-z][.)]|[-•·*])\\s+)?");
    private static final Pattern PAIR = Pattern.compile(
            "(?<label>(?:19|20)\\d\\d(?:\\s*[–-]\\s*(?:19|20)\\d\\d)?)"
                    + "(?:\\s+(?<qual>(?:up\\s+to|to|until|as\\s+at|as\\s+of|so\\s+far)\\b[^,&;–-]*?))?"
                    + "\\s*[–-]"
                    + "(?:\\s*(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d/]|[.,]\\d)(?<tail>\\s+\\p{L}[^,&;]*?)?"
                    + "|\\s*(?<words>\\p{L}[\\p{L} ]*?))?"
                    + "\\s*(?=$|[,;&]|\\band\\b|\\.\\s*$)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;&]|\\band\\b)\\s*");
    private static final Pattern END = Pattern.compile("\\s*\\.?\\s*$");

    private YearPairs() {
    }

    /** The pairs on {@code raw}, when the whole line is pairs. */
    static Optional<Line> read(String raw) {
        Matcher prefix = PREFIX.matcher(raw);
        prefix.lookingAt();
        int at = prefix.end();
        List<Pair> pairs = new ArrayList<>();
        Matcher pair = PAIR.matcher(raw);
        Matcher separator = SEPARATOR.matcher(raw);
        while (true) {
            pair.region(at, raw.length());
            if (!pair.lookingAt()) {
                return Optional.empty();
            }
            pairs.add(toPair(pair));
            at = pair.end();
            if (END.matcher(raw).region(at, raw.length()).matches()) {
                break;
            }
            separator.region(at, raw.length());
            if (!separator.lookingAt() || pairs.get(pairs.size() - 1).kind() != ValueKind.NUMBER
                    || pairs.get(pairs.size() - 1).tail() != null) {
                return Optional.empty();
            }
            at = separator.end();
        }
        return Optional.of(new Line(prefix.group(1), pairs));
    }

    private static Pair toPair(Matcher m) {
        String qualifier = m.group("qual") == null ? null : m.group("qual").strip();
        int qualifierStart = m.group("qual") == null ? -1 : m.start("qual");
        if (m.group("num") != null) {
            String tail = m.group("tail") == null ? null : m.group("tail").strip();
            return new Pair(m.group("label"), m.start("label"), qualifier, qualifierStart, ValueKind.NUMBER, m.group("num"),
                    m.start("num"), tail);
        }
        if (m.group("words") != null) {
            return new Pair(m.group("label"), m.start("label"), qualifier, qualifierStart, ValueKind.WORDS,
                    m.group("words").strip(), m.start("words"), null);
        }
        return new Pair(m.group("label"), m.start("label"), qualifier, qualifierStart, ValueKind.NOTHING, "", m.end(), null);
    }
}
