package org.offencestats.handbook.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The measurement itself, on a two-file corpus written here: found, missed, false and unplaced are each counted. */
class CorpusMeasureTest {

    @TempDir
    Path corpus;

    @Test
    void countsFoundMissedFalseAndUnplacedByLineAndValue() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), """
                SOURCE: https://example.org/a
                Outcome\tTotal
                Charged\t4
                Cautioned\t9
                Grand Total\t13
                Six of the reported crimes have resulted in a conviction.
                A stray 77 here.
                """);
        Files.writeString(corpus.resolve("b.txt"), "SOURCE: https://example.org/b\nNothing to count in 2019.\n");
        Files.writeString(corpus.resolve("truth.json"), """
                {"a.txt": {"force": "F", "reference": "1", "layout": "tabs", "figures": [
                   {"what": "charged", "value": 4, "line": 3, "printed": "4"},
                   {"what": "cautioned", "value": 8, "line": 4, "printed": "8"},
                   {"what": "total", "value": 13, "line": 5, "printed": "13"},
                   {"what": "convictions", "value": 6, "line": 6, "printed": "Six"},
                   {"what": "stray", "value": 77, "line": 7, "printed": "77"}],
                  "published_totals": [], "non_figures": []},
                 "b.txt": {"force": "F", "reference": "2", "layout": "prose", "figures": [], "non_figures": [
                   {"printed": "2019", "line": 2, "why": "year"}]}}
                """);
        List<FileScore> scores = new CorpusMeasure().measure(corpus);
        FileScore a = scores.get(0);
        assertThat(a.file()).isEqualTo("a.txt");
        assertThat(a.truthFigures()).isEqualTo(5);
        assertThat(a.found()).isEqualTo(3);
        assertThat(a.missed()).hasSize(2).anySatisfy(m -> assertThat(m).startsWith("line 4: 8"))
                .anySatisfy(m -> assertThat(m).startsWith("line 7: 77"));
        assertThat(a.falseFigures()).singleElement().satisfies(f -> assertThat(f).startsWith("line 4: 9"));
        assertThat(a.unplaced()).containsExactly("line 7, column 9: 77");
        FileScore b = scores.get(1);
        assertThat(b.recall()).isEqualTo(1.0);
        assertThat(b.falseFigures()).isEmpty();
        assertThat(b.unplaced()).isEmpty();

        MeasureReport.Totals totals = MeasureReport.Totals.of(scores);
        assertThat(totals.recall()).isEqualTo(0.6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MeasureReport.print(scores, true, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Overall: 2 files, 5 truth figures, 3 found, recall 0.600, 1 false figures, 1 unplaced numbers")
                .contains("    missed line 4: 8 (cautioned)");
    }
}
