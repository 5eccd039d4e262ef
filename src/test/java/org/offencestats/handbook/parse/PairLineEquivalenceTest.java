package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PairLine#of} without regexes reads every line as its two regular expressions did. */
class PairLineEquivalenceTest {

    private static final String[] PIECES = {"Female", "Male", "Grand Total", "Q1", "1.", "a", "(x)", "4046", "12", "1,234", "12,345,678",
            "1,23", "1234,567", ",123", "12,", "1,2345", "0", " ", " ", "  ", "\t", "\u000B", "\f", "\u00A0", "\u2007", "x1", "1x", "-",
            "٣", "’"};

    @Test
    void everySeedAndFixtureLineAndRandomLinesPairAsByTheRegexes() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path root : List.of(Path.of("content/disclosures"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().toList());
                }
            }
        }
        Random random = new Random(19);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int p = random.nextInt(14); p > 0; p--) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            lines.add(b.toString());
        }
        int withPairs = 0;
        for (String line : lines) {
            PairLine read = PairLine.of(line);
            assertThat(read).as("\"%s\"", line).isEqualTo(PairLine.ofByRegex(line));
            withPairs += read.pairs().size() >= 2 ? 1 : 0;
        }
        assertThat(withPairs).as("lines with two pairs or more").isGreaterThan(1_000);
    }
}
