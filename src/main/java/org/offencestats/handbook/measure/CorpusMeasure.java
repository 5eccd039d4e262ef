package org.offencestats.handbook.measure;

import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceNumber;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.parse.DisclosureParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the parser against a corpus of real responses with hand-checked figures: reads each file exactly as the
 * build does, then matches the figures it made (table cells and stated figures) to the truth by line and value.
 */
public final class CorpusMeasure {

    private final DisclosureParser parser = new DisclosureParser();
    private final SourceTextReader reader = new SourceTextReader(Long.MAX_VALUE);

    public List<FileScore> measure(Path corpus) throws IOException {
        CorpusTruth truth = CorpusTruth.read(corpus.resolve("truth.json"));
        List<FileScore> scores = new ArrayList<>();
        for (var entry : truth.files().entrySet()) {
            Path file = corpus.resolve(entry.getKey());
            ParsedDisclosure parsed = parser.parse(reader.read(entry.getKey(), Files.readAllBytes(file)));
            scores.add(score(entry.getKey(), entry.getValue(), parsed));
        }
        return scores;
    }

    static FileScore score(String file, CorpusTruth.FileTruth truth, ParsedDisclosure parsed) {
        List<Made> made = new ArrayList<>(figures(parsed));
        List<String> missed = new ArrayList<>();
        int found = 0;
        for (CorpusTruth.TruthFigure t : truth.figures()) {
            Made match = made.stream().filter(m -> m.line == t.line() && m.value == t.value()).findFirst().orElse(null);
            if (match != null) {
                made.remove(match);
                found++;
            } else {
                missed.add("line " + t.line() + ": " + t.printed() + " (" + t.what() + ")");
            }
        }
        List<String> falseFigures = made.stream().map(m -> "line " + m.line + ": " + m.value + " (" + m.what + ")").toList();
        List<String> unplaced = parsed.numbers().unplaced().stream().map(CorpusMeasure::describe).toList();
        List<String> notClassified = new ArrayList<>();
        for (CorpusTruth.TruthNonFigure t : truth.non_figures()) {
            boolean classified = parsed.numbers().numbers().stream().anyMatch(n -> n.ref().line() == t.line()
                    && n.place() == NumberPlace.NON_FIGURE && overlaps(t.printed(), n.printed()));
            if (!classified) {
                notClassified.add("line " + t.line() + ": " + t.printed() + " (" + t.why() + ")");
            }
        }
        return new FileScore(file, truth.figures().size(), found, missed, falseFigures, unplaced, truth.non_figures().size(),
                notClassified);
    }

    /** The truth prints a non-figure whole ("25 February 2011"); the ledger holds its numbers ("25", "2011"). */
    private static boolean overlaps(String truthPrinted, String ledgerPrinted) {
        return truthPrinted.contains(ledgerPrinted) || ledgerPrinted.contains(truthPrinted);
    }

    private record Made(int line, long value, String what) {
    }

    private static List<Made> figures(ParsedDisclosure parsed) {
        List<Made> made = new ArrayList<>();
        for (DataTable table : parsed.tables()) {
            for (Row row : table.rows()) {
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    if (cell.hasValue()) {
                        String column = c < table.columns().size() ? table.columns().get(c).label() : "?";
                        made.add(new Made(cell.ref().line(), cell.value(), table.id() + " " + row.label() + " / " + column));
                    }
                }
            }
        }
        for (StatedFigure s : parsed.statedFigures()) {
            made.add(new Made(s.ref().line(), s.value(), "stated: " + s.wording()));
        }
        return made;
    }

    private static String describe(SourceNumber n) {
        return n.ref().citeWithinFile() + ": " + n.printed();
    }
}
