package org.offencestats.handbook.link;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link WordingKey#of} in one pass gives what the regex form (lower case, dashes, spaces, strip) gave. */
class WordingKeyTest {

    private static final String[] PIECES = {"Rape", "of a", "CHILD", "İ", "ß", "Σ", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0",
            "\u2003", "\u001C", "–", "—", "‐", "-", "−", "13", "(", ")", ""};

    private static String byRegex(String wording) {
        return Pattern.compile("\\s+").matcher(Pattern.compile("[–—‐]").matcher(wording.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll(" ").strip();
    }

    @Test
    void keyIsTheRegexKey() {
        Random random = new Random(19);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int p = random.nextInt(10); p > 0; p--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String wording = b.toString();
            assertThat(WordingKey.of(wording)).as("\"%s\"", wording).isEqualTo(byRegex(wording));
        }
        assertThat(WordingKey.of("  Rape –\tof a  CHILD ")).isEqualTo("rape - of a child");
    }
}
