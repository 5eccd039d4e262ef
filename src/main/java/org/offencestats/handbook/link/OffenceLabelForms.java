package org.offencestats.handbook.link;

import org.offencestats.handbook.parse.CodeReader;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Home Office offence code or notifiable offence class that a label states, in the forms forces write:
 * "071/17", "71/17", "8/1", "(86/2)", "Home Office code 86/2", "HO code 86/2", "Indecent images (86/2)", "19C",
 * "8L - Harassment", "Class 66". Codes come out canonical (NNN/NN, through {@link CodeReader}, the one place that
 * knows that form); class ids in upper case. Whether the code or class exists, and whether the words agree, is
 * for {@link LabelForms}.
 */
final class OffenceLabelForms {

    enum Kind { CODE, CLASS }

    /**
     * What a label states. {@code prefixed} is true when words such as "HO code" or "Class" introduce the id;
     * {@code remainder} is the label's other words (after the id, or before a bracketed code), empty when none.
     */
    record Reading(Kind kind, String id, boolean prefixed, String remainder) {

        /** A class id of digits only ("66", "4.1") is also what a count, an age or an outcome number looks like. */
        boolean digitsOnly() {
            return kind == Kind.CLASS && id.chars().noneMatch(Character::isLetter);
        }
    }

    private static final String CODE = "\\d{1,3}/\\d{1,2}(?![\\d/])";
    // Classes written with a dot ("4.1", "37.2") are the ONS form of the Counting Rules' "4/1": see offences.yml.
    private static final String CLASS = "\\d{1,3}(?:[a-z]|\\.\\d{1,2})?(?![a-z\\d./])";
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(?:(?:home\\s+office|h\\.?\\s?o\\.?)\\s+)?(?:offence\\s+)?(?:code|class(?:ification)?)?\\s*(?:no\\.?)?\\s*:?\\s*");
    private static final Pattern LEADING = Pattern.compile(
            "(?iu)^(" + CODE + "|" + CLASS + ")(?:\\s*[:\\-–—]\\s*|\\s+)?(.*)$");
    private static final Pattern TRAILING = Pattern.compile("(?iu)^(\\p{L}.*?)\\s*\\((?:(?:home\\s+office|h\\.?o\\.?)\\s+)?(?:code\\s+)?("
            + CODE + ")\\)$");
    private static final Pattern BRACKETED = Pattern.compile("^\\((.*)\\)$");

    private OffenceLabelForms() {
    }

    static Optional<Reading> read(String label) {
        String text = label.strip();
        Matcher bracketed = BRACKETED.matcher(text);
        if (bracketed.matches()) {
            text = bracketed.group(1).strip();
        }
        Matcher trailing = TRAILING.matcher(text);
        if (trailing.matches()) {
            return Optional.of(new Reading(Kind.CODE, CodeReader.canonicalOrNull(trailing.group(2)), false, trailing.group(1).strip()));
        }
        Matcher prefix = PREFIX.matcher(text);
        prefix.lookingAt();
        boolean prefixed = prefix.end() > 0 && !text.substring(0, prefix.end()).isBlank();
        Matcher m = LEADING.matcher(text.substring(prefix.end()));
        if (!m.matches()) {
            return Optional.empty();
        }
        String remainder = m.group(2).strip();
        if (!remainder.isEmpty() && !Character.isLetter(remainder.codePointAt(0)) && remainder.charAt(0) != '(') {
            return Optional.empty();
        }
        String id = m.group(1);
        return id.contains("/")
                ? Optional.of(new Reading(Kind.CODE, CodeReader.canonicalOrNull(id), prefixed, remainder))
                : Optional.of(new Reading(Kind.CLASS, id.toUpperCase(Locale.ROOT), prefixed, remainder));
    }
}
