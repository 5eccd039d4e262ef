package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Markup#strip} without regexes on the common path gives what the two replaceAll calls gave. */
class MarkupEquivalenceTest {

    private static final String[] PIECES = {"a", "B", "12", "**", "*", "<b>", "</B>", "<strong>", "</Strong>", "<", ">", " ", "  ", "\t",
            "\n", "\r", "\u000B", "\f", "\u00A0", "\u2007", "\u202F", "\u2003", "\u001C", "-", "–", "x y", ""};

    private static String byRegex(String text) {
        return Markup.SPACES.matcher(Markup.BOLD.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    @Test
    void stripIsTheRegexStrip() {
        Random random = new Random(19);
        int changed = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int p = random.nextInt(10); p > 0; p--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertThat(Markup.strip(text)).as("\"%s\"", text).isEqualTo(byRegex(text));
            changed += Markup.strip(text).equals(text) ? 0 : 1;
        }
        assertThat(changed).as("lines strip changed").isGreaterThan(1000);
        assertThat(Markup.strip(" **12**\u00A0\t<b>x</b>  y ")).isEqualTo("12 x y");
        assertThat(Markup.collapseSpaces("a  b\u2007c d")).isEqualTo("a b c d");
    }
}
