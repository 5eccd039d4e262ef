package org.offencestats.handbook.measure;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the parser to what it achieves on the development corpus of other forces' responses (../shared/corpus, kept
 * outside the project as a measuring instrument). Raise the floor as the readers improve; never lower it.
 */
class CorpusFloorTest {

    /** Where the corpus sits beside a clone of the project (as in CI); override with -Dcorpus.dir. */
    static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));

    static final double RECALL_FLOOR = 0.99;
    static final int FALSE_FIGURES_CEILING = 0;
    static final int UNPLACED_CEILING = 1;

    @Test
    void recallStaysAtOrAboveItsFloorWithNoFalseFigures() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS.resolve("truth.json")),
                "No corpus at " + CORPUS.toAbsolutePath() + ": the corpus benchmark is skipped (it runs where ../shared/corpus exists)");
        List<FileScore> scores = new CorpusMeasure().measure(CORPUS);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        MeasureReport.print(scores, true, new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));
        MeasureReport.Totals totals = MeasureReport.Totals.of(scores);
        assertThat(totals.truth()).as("the corpus's truth figures").isPositive();
        assertThat(totals.recall()).as("recall on the corpus (report above)").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(totals.falseFigures()).as("false figures on the corpus (report above)").isLessThanOrEqualTo(FALSE_FIGURES_CEILING);
        assertThat(totals.unplaced()).as("unplaced numbers on the corpus (report above)").isLessThanOrEqualTo(UNPLACED_CEILING);
    }
}
