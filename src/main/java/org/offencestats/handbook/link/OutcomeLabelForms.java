package org.offencestats.handbook.link;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the outcome number at the start of a label in the forms forces write it: "OC01 – Charge/Summons", "OC1",
 * "O/C 8", "Outcome 1A", "Outcome Type 16", "1: Charged", "1A:", "1A - Charged alternate offence". It only reads
 * the form; whether the number is an outcome type, and whether the words agree, is for {@link LabelForms}.
 */
final class OutcomeLabelForms {

    /**
     * A number that a label states as an outcome. {@code named} is true when words such as "Outcome" or "OC" say so;
     * a bare "1:" only looks like one. {@code remainder} is the text after the number, empty when there is none.
     */
    record Reading(String number, boolean named, String remainder) {
    }

    // "O/C", "OC" and "Outcome (Type|No.)" all introduce an outcome number; the letter after the digits is only
    // taken when nothing alphanumeric follows it, so "Outcome 15 - ..." is 15 and never 1 with a stray "5".
    private static final String NUMBER = "0*(\\d{1,2})([a-z])?(?![a-z\\d])";
    private static final Pattern NAMED = Pattern.compile(
            "(?iu)^(?:o\\s*/\\s*c|oc|(?:home\\s+office\\s+)?outcome(?:\\s+type)?(?:\\s+(?:no\\.?|number))?)\\s*"
                    + NUMBER + "(?:\\s*[:.\\-–—)]\\s*|\\s+)?(.*)$");
    // A bare number needs a colon, or a dash with space either side, so "13-15" (an age band) or "13 and Over"
    // is never read as an outcome; the words after it must start with a letter.
    private static final Pattern BARE = Pattern.compile(
            "(?iu)^" + NUMBER + "\\s*(?::|\\s[\\-–—]\\s)\\s*(\\p{L}.*)?$");

    private OutcomeLabelForms() {
    }

    static Optional<Reading> read(String label) {
        String text = label.strip();
        Matcher m = NAMED.matcher(text);
        if (m.matches()) {
            return Optional.of(reading(m, true));
        }
        m = BARE.matcher(text);
        return m.matches() ? Optional.of(reading(m, false)) : Optional.empty();
    }

    private static Reading reading(Matcher m, boolean named) {
        String letter = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
        String number = Integer.parseInt(m.group(1)) + letter;
        return new Reading(number, named, m.group(3) == null ? "" : m.group(3).strip());
    }

    /** Whether a number is one the Home Office outcome framework uses: 0 to 22, and 1A. */
    static boolean isOutcomeNumber(String number) {
        return number.matches("\\d{1,2}") && Integer.parseInt(number) <= 22 || number.equals("1A");
    }
}
