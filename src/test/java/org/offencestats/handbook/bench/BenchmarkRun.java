package org.offencestats.handbook.bench;

import org.offencestats.handbook.pipeline.IncrementalBuild;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The preview's rebuilds, timed in their own JVM, started by {@link Benchmark}. */
public final class BenchmarkRun {

    /** Timed edits: enough that their median is steady (five gave 143 to 258 ms from one run to the next at 1,000). */
    private static final int EDITS = 15;
    private static final int WARM_REBUILDS = 8;
    /** Edits to another disclosure first: a preview session's JIT has compiled the rendering by its twentieth edit. */
    private static final int WARM_EDITS = 20;

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "incremental" -> incremental(Path.of(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * The preview's rebuilds: the first (everything), then no-change rebuilds until the JIT has warmed up as it does
     * in a preview session, then edits to another disclosure (warming up the rendering), then the median of several
     * edits to one disclosure's text.
     */
    private static void incremental(Path content) throws Exception {
        IncrementalBuild build = new IncrementalBuild(content, Path.of("templates"));
        long start = System.nanoTime();
        build.rebuild();
        double first = (System.nanoTime() - start) / 1e9;
        long[] same = new long[WARM_REBUILDS];
        for (int i = 0; i < WARM_REBUILDS; i++) {
            same[i] = build.rebuild().millis();
        }
        Arrays.sort(same);
        long disclosures;
        try (var files = Files.list(content.resolve("disclosures"))) {
            disclosures = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        // A no-change rebuild reuses the whole site, so it no longer warms up the JIT for rendering: edits to another
        // disclosure do, as the edits of a preview session do.
        Path other = content.resolve("disclosures/gen-" + String.format("%05d", disclosures / 4) + ".txt");
        String otherText = Files.readString(other);
        for (int i = 0; i < WARM_EDITS; i++) {
            Files.writeString(other, otherText + "\nWarm-up edit " + i + ".\n");
            build.rebuild();
        }
        Files.writeString(other, otherText);
        build.rebuild();
        Path edited = content.resolve("disclosures/gen-" + String.format("%05d", disclosures / 2) + ".txt");
        String original = Files.readString(edited);
        long[] times = new long[EDITS];
        int made = 0;
        for (int i = 0; i < EDITS; i++) {
            Files.writeString(edited, original + "\nEdit " + i + " to the end of the response.\n");
            IncrementalBuild.Result result = build.rebuild();
            times[i] = result.millis();
            made = result.pages().made();
        }
        Files.writeString(edited, original);
        Arrays.sort(times);
        System.out.printf("%-12d %14.1f %16d %14d %14d%n", disclosures, first, same[WARM_REBUILDS / 2], times[EDITS / 2], made);
    }
}
