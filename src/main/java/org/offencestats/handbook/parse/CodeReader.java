package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.CodeQuality;
import org.offencestats.handbook.model.RowCode;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Home Office offence code ("071/17", "86/2", "073/07 v") out of a code cell or a label prefix.
 * A code is taken only where a well-formed one is really there; anything else is kept raw and flagged.
 */
public final class CodeReader {

    private static final Pattern CODE = Pattern.compile("^(\\d{1,3})/(\\d{1,2})(?!\\d)(.*)$");
    /** A label that begins with its code: "88/1 - MEETING A FEMALE ...". */
    private static final Pattern LABEL_PREFIX = Pattern.compile("^(\\d{1,3}/\\d{1,2})\\s+[-–]\\s+\\S.*$");

    private CodeReader() {
    }

    public static String canonical(String classPart, String subclassPart) {
        return String.format(Locale.ROOT, "%03d/%02d", Integer.parseInt(classPart), Integer.parseInt(subclassPart));
    }

    /** Canonical NNN/NN for a text that is exactly a code ("86/2", "088/01"), else null. */
    public static String canonicalOrNull(String text) {
        Matcher m = CODE.matcher(text.strip());
        return m.matches() && m.group(3).isBlank() ? canonical(m.group(1), m.group(2)) : null;
    }

    static RowCode fromCell(String rawCell) {
        String text = Markup.strip(rawCell);
        if (text.isEmpty()) {
            return RowCode.NONE;
        }
        Matcher m = CODE.matcher(text);
        if (!m.matches()) {
            return new RowCode(rawCell, null, CodeQuality.GARBLED);
        }
        String code = canonical(m.group(1), m.group(2));
        return new RowCode(rawCell, code, m.group(3).isBlank() ? CodeQuality.CLEAN : CodeQuality.WITH_DEBRIS);
    }

    /** The code a label starts with ("88/1 - ..."), or NONE. */
    static RowCode fromLabelPrefix(String label) {
        Matcher m = LABEL_PREFIX.matcher(label);
        if (!m.matches()) {
            return RowCode.NONE;
        }
        String[] parts = m.group(1).split("/");
        return new RowCode(m.group(1), canonical(parts[0], parts[1]), CodeQuality.CLEAN);
    }
}
