package org.offencestats.handbook.cli;

import org.offencestats.handbook.measure.CorpusMeasure;
import org.offencestats.handbook.measure.FileScore;
import org.offencestats.handbook.measure.MeasureReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code handbook measure DIR}: reads a folder of responses with a {@code truth.json} of hand-checked figures and
 * prints, per file and overall, recall, false figures and unplaced numbers. Nothing is written.
 */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = "Measure the parser against a corpus folder holding responses and a truth.json of hand-checked figures.")
final class MeasureCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the corpus folder (it holds truth.json)")
    Path corpus;

    @Option(names = "--details", description = "List each missed figure, false figure and unplaced number.")
    boolean details;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus.resolve("truth.json"))) {
            System.out.println("error: " + corpus.resolve("truth.json") + " not found (expected a corpus folder with a truth.json;"
                    + " see ../shared/corpus/README.md for its shape)");
            return 2;
        }
        List<FileScore> scores = new CorpusMeasure().measure(corpus);
        MeasureReport.print(scores, details, System.out);
        return 0;
    }
}
