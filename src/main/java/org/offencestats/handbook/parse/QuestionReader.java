package org.offencestats.handbook.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numbered questions of a request ("1.", "1b.", "1c How many", "c. Age of child", "1. b) Please")
 * and gives each a stable id, repairing lists that a web page renumbered ("1." twice means 1 then 2).
 */
final class QuestionReader {

    /** What a line turned out to be: a new question, a question repeated before its answer, or neither. */
    record Reading(boolean restated, String id, String text, String numberingNote) {
    }

    private static final Pattern NUM_THEN_LETTER = Pattern.compile("^(\\d{1,2})\\.\\s*([a-z])\\)\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUM_LETTER = Pattern.compile("^(\\d{1,2})([a-z])[.)]?\\s+(\\S.*)$");
    private static final Pattern NUM = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-z])[.)]\\s+(\\S.*)$");

    /** "a) 2013 – 2019 - 6", "a) None they are classed as...": a lettered line that opens with its answer. */
    private static final Pattern ANSWER_START = Pattern.compile("(?i)\\d|(?:nil|none|zero|n/a)\\b");

    private final Map<String, String> textsById = new LinkedHashMap<>();
    private int current;

    /** "Q1.", "Q 2:", "Question 3 -": a prefix some responses put before the number. */
    private static final Pattern PREFIX = Pattern.compile("^(?:q|question)\\s*(?=\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIXED = Pattern.compile("^(\\d{1,2})([a-z])?\\s*[.):-]\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);

    /** Reads {@code text} (markup already removed); null when it is not a question. */
    Reading read(String text) {
        Matcher prefixed = PREFIX.matcher(text);
        if (prefixed.find()) {
            Matcher m = PREFIXED.matcher(text.substring(prefixed.end()));
            if (m.matches() && isQuestionText(m.group(3))) {
                int n = Integer.parseInt(m.group(1));
                current = Math.max(current, n);
                return add(n + (m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT)), m.group(3), null);
            }
        }
        for (Map.Entry<String, String> known : textsById.entrySet()) {
            if (known.getValue().equalsIgnoreCase(text)) {
                return new Reading(true, known.getKey(), text, null);
            }
        }
        Matcher m = NUM_THEN_LETTER.matcher(text);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            String letter = m.group(2).toLowerCase(java.util.Locale.ROOT);
            String note = null;
            if (current == 0 || n > current) {
                current = n;
            } else if (n < current) {
                note = "Numbered \"" + n + ". " + letter + ")\" in the source, inside question " + current
                        + "'s list: read as " + current + letter + ".";
            }
            return add(current + letter, m.group(3), note);
        }
        m = NUM_LETTER.matcher(text);
        if (m.matches() && isQuestionText(m.group(3))) {
            int n = Integer.parseInt(m.group(1));
            current = Math.max(current, n);
            return add(n + m.group(2), m.group(3), null);
        }
        m = NUM.matcher(text);
        if (m.matches() && isQuestionText(m.group(2))) {
            int n = Integer.parseInt(m.group(1));
            String note = null;
            if (n <= current) {
                note = "Numbered \"" + n + ".\" in the source after question " + current
                        + " (a list renumbered when published): read as question " + (current + 1) + ".";
                n = current + 1;
            }
            current = n;
            return add(String.valueOf(n), m.group(2), note);
        }
        m = LETTER.matcher(text);
        if (m.matches() && current > 0 && !ANSWER_START.matcher(m.group(2)).lookingAt()) {
            return add(current + m.group(1), m.group(2), null);
        }
        return null;
    }

    /** Whether {@code id} names a question already read. */
    boolean knows(String id) {
        return textsById.containsKey(id);
    }

    /** A question whose number stands in a heading ("Request 2") and whose text is the next line. */
    Reading addHeaded(int number, String text) {
        current = Math.max(current, number);
        return add(String.valueOf(number), text, null);
    }

    boolean hasQuestions() {
        return !textsById.isEmpty();
    }

    private Reading add(String id, String text, String note) {
        String unique = id;
        for (int k = 2; textsById.containsKey(unique); k++) {
            unique = id + "-" + k;
        }
        textsById.put(unique, text);
        return new Reading(false, unique, text, note);
    }

    /** Filters out numbered lines that are not questions ("1148A_20 for ..." never reaches here; "2 of them" might). */
    private static boolean isQuestionText(String text) {
        return text.length() >= 12 && Character.isLetter(text.codePointAt(0));
    }
}
