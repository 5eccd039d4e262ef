package org.offencestats.handbook.link;

import java.util.Locale;
import java.util.regex.Pattern;

/** How wordings are compared: case, runs of spaces and dash styles ("–", "—", "-") do not tell two wordings apart. */
final class WordingKey {

    private static final Pattern DASHES = Pattern.compile("[–—‐]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private WordingKey() {
    }

    static String of(String wording) {
        return SPACES.matcher(DASHES.matcher(wording.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll(" ").strip();
    }
}
