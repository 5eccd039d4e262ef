package org.offencestats.handbook.parse.numbers;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written {@link NumberScanner#scan} finds what its two regular expressions found, token for token. */
class NumberScannerEquivalenceTest {

    private static final String[] PIECES = {"0", "1", "12", "123", "1234", "12345", ",", ",", ".", ".", "/", "/", "-", "'", "’", " ",
            "  ", "\t", "a", "s", "th", "one", "One", "ONE", "seven", "seventeen", "Nineteen", "nil", "NIL", "none", "hundred", "ten",
            "twenty", "ninety", "zero", "nonentity", "someone", "tone", "é", "É", "\uD835\uDC00", "\uD835", "\uDC00", "_", "(", ")", "£",
            "%", ":", "x", "Q", "\u00A0", "–", "\u2018"};

    @Test
    void everySeedAndFixtureLineScansAsByTheRegexes() {
        List<String> lines = SourceLines.all();
        int tokens = 0;
        for (String line : lines) {
            List<NumberToken> scanned = NumberScanner.scan(line);
            assertThat(scanned).as(line).isEqualTo(NumberScanner.scanByRegex(line));
            tokens += scanned.size();
        }
        assertThat(lines).hasSizeGreaterThan(1500);
        assertThat(tokens).isGreaterThan(2000);
    }

    @Test
    void randomLinesOfDigitsPunctuationAndNumberWordsScanAsByTheRegexes() {
        Random random = new Random(19);
        int digits = 0;
        int words = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int p = random.nextInt(12); p > 0; p--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = b.toString();
            List<NumberToken> scanned = NumberScanner.scan(line);
            assertThat(scanned).as("\"%s\"", line).isEqualTo(NumberScanner.scanByRegex(line));
            digits += scanned.stream().filter(t -> !t.word()).count();
            words += scanned.stream().filter(NumberToken::word).count();
        }
        assertThat(digits).isGreaterThan(40_000);
        assertThat(words).isGreaterThan(5_000);
    }

    @Test
    void edgeCases() {
        for (String line : List.of("1,234,567", "1,2345", "1,234,56", ",123,456", "1234,567", "1,234.5", "1.2.3.4", "1/2/3/", "1..2",
                "12.", "one-two", "one’s", "'one'", "é one", "one\uD835\uDC00", "\uD835\uDC00one", "\uDC00one", "one\uD835", "ONE1",
                "1one", "seventeenth", "seven teen", "")) {
            assertThat(NumberScanner.scan(line)).as(line).isEqualTo(NumberScanner.scanByRegex(line));
        }
        assertThat(NumberScanner.scan("1,234,567 and 1,2345")).extracting(NumberToken::printed)
                .containsExactly("1,234,567", "1", "2345");
    }
}
