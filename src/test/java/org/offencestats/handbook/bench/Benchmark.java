package org.offencestats.handbook.bench;

import org.offencestats.handbook.build.IncrementalBuild;
import org.offencestats.handbook.build.PublishResult;
import org.offencestats.handbook.build.Pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds generated corpora of the given sizes and prints wall time, pages per second and peak heap for each.
 * Not a test: run it with `mvn -B -q test-compile exec:exec -Dbench.sizes="100 1000 10000"` (see README).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = args.length == 0 ? new String[]{"100", "1000", "10000"} : String.join(" ", args).trim().split("\\s+");
        System.out.printf("%-12s %10s %10s %12s %14s %12s%n", "disclosures", "pages", "wall s", "pages/s", "peak heap MiB", "max heap MiB");
        for (String size : sizes) {
            int count = Integer.parseInt(size);
            Path dir = Files.createTempDirectory("handbook-bench-");
            Path content = new CorpusGenerator(42).write(dir.resolve("content"), count);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            String outcome;
            long pages = 0;
            try {
                PublishResult result = new Pipeline(content, Path.of("templates")).build(dir.resolve("site"));
                pages = result.pageCount();
                outcome = "";
            } catch (OutOfMemoryError e) {
                outcome = "  out of memory";
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%-12d %10d %10.1f %12.0f %14d %12d%s%n", count, pages, seconds, pages / seconds, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, outcome);
            if (count <= INCREMENTAL_UP_TO) {
                incremental.add(incremental(content, count));
            }
            org.offencestats.handbook.TestFiles.delete(dir);
        }
        if (!incremental.isEmpty()) {
            System.out.println();
            System.out.println("Preview (serve) rebuilds in memory, after one disclosure's text changed (median of " + EDITS + " edits):");
            System.out.printf("%-12s %14s %16s %14s %14s%n", "disclosures", "first build s", "no-change ms", "one-edit ms", "pages made");
            incremental.forEach(System.out::println);
        }
    }

    private static final int INCREMENTAL_UP_TO = 1000;
    private static final int EDITS = 5;
    private static final java.util.List<String> incremental = new java.util.ArrayList<>();

    /** Times the preview's rebuilds: the first (everything), one with no change, and edits to one disclosure. */
    private static String incremental(Path content, int count) throws java.io.IOException {
        IncrementalBuild build = new IncrementalBuild(content, Path.of("templates"));
        long start = System.nanoTime();
        build.rebuild();
        double first = (System.nanoTime() - start) / 1e9;
        build.rebuild(); // warm the JIT on the reuse path, as a preview session does
        IncrementalBuild.Result same = build.rebuild();
        Path edited = content.resolve("disclosures/gen-" + String.format("%05d", count / 2) + ".txt");
        String original = Files.readString(edited);
        long[] times = new long[EDITS];
        int made = 0;
        for (int i = 0; i < EDITS; i++) {
            Files.writeString(edited, original + "\nEdit " + i + " to the end of the response.\n");
            IncrementalBuild.Result result = build.rebuild();
            times[i] = result.millis();
            made = result.pages().made();
        }
        java.util.Arrays.sort(times);
        return String.format("%-12d %14.1f %16d %14d %14d", count, first, same.millis(), times[EDITS / 2], made);
    }
}
