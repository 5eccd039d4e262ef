package org.offencestats.handbook.measure;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints a corpus measurement: a line per file, then the totals; with details, what was missed or made up. */
public final class MeasureReport {

    private MeasureReport() {
    }

    public static void print(List<FileScore> scores, boolean details, PrintStream out) {
        out.printf(Locale.ROOT, "%-40s %7s %7s %7s %8s %12s%n", "file", "truth", "found", "false", "unplaced", "non-figures");
        for (FileScore s : scores) {
            out.printf(Locale.ROOT, "%-40s %7d %7d %7d %8d %5d of %4d%n", s.file(), s.truthFigures(), s.found(), s.falseFigures().size(),
                    s.unplaced().size(), s.truthNonFigures() - s.nonFiguresNotClassified().size(), s.truthNonFigures());
            if (details) {
                s.missed().forEach(m -> out.println("    missed " + m));
                s.falseFigures().forEach(m -> out.println("    false  " + m));
                s.unplaced().forEach(m -> out.println("    unplaced " + m));
                s.nonFiguresNotClassified().forEach(m -> out.println("    non-figure not classed " + m));
            }
        }
        Totals t = Totals.of(scores);
        out.printf(Locale.ROOT, "%nOverall: %d files, %d truth figures, %d found, recall %.3f, %d false figures, %d unplaced numbers%n",
                scores.size(), t.truth(), t.found(), t.recall(), t.falseFigures(), t.unplaced());
        int listed = scores.stream().mapToInt(FileScore::truthNonFigures).sum();
        int missedNonFigures = scores.stream().mapToInt(s -> s.nonFiguresNotClassified().size()).sum();
        out.printf(Locale.ROOT, "Non-figures the truth lists: %d, classed as non-figures: %d%n", listed, listed - missedNonFigures);
    }

    /** The corpus as a whole. */
    public record Totals(int truth, int found, int falseFigures, int unplaced) {
        public static Totals of(List<FileScore> scores) {
            return new Totals(scores.stream().mapToInt(FileScore::truthFigures).sum(), scores.stream().mapToInt(FileScore::found).sum(),
                    scores.stream().mapToInt(s -> s.falseFigures().size()).sum(), scores.stream().mapToInt(s -> s.unplaced().size()).sum());
        }

        public double recall() {
            return truth == 0 ? 1.0 : (double) found / truth;
        }
    }
}
