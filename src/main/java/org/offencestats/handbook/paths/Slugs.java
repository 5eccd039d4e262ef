package org.offencestats.handbook.paths;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns references, codes and file names into URL- and file-system-safe slugs: [a-z0-9-] only, at most 80
 * characters, never empty, never a Windows device name, and lower case, so names that differ only in case (which
 * collide on case-insensitive file systems) give the same slug and are caught as a collision where they are read.
 */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");
    private static final Pattern WINDOWS_DEVICES = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(OTHERS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.length() > 80) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, 80)).replaceAll("");
        }
        if (slug.isEmpty()) {
            return "untitled";
        }
        // Windows cannot create files named after devices ("con.html" included): such a name gets a suffix.
        return WINDOWS_DEVICES.matcher(slug).matches() ? slug + "-x" : slug;
    }
}
