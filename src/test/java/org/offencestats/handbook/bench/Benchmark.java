package org.offencestats.handbook.bench;

import org.offencestats.handbook.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark (not a test). Each build runs in a fresh JVM with the settings of the {@code ./handbook} launcher,
 * as a maintainer's or CI's build does, and wall time is measured from outside, JVM start included. It builds the
 * seeds, then generated corpora of the given sizes, and times the preview's incremental rebuilds.
 * Run it with `mvn -B -q package -DskipTests exec:exec -Dbench.sizes="100 1000 10000"` (see README, "Speed").
 * {@code -Dbench.generator=synth} makes the corpora with the shared generator {@code -Dbench.synth} (a Python script
 * taking {@code N DIR}: three tables per disclosure) added to the seeds, instead of {@link CorpusGenerator}. When
 * {@code hugo} is on the PATH, Hugo builds the same number of pages in the same sitting ({@code -Dbench.hugo}, a script
 * printing {@code hugo_pages=N hugo_seconds=S}) and the ratio of milliseconds per page is printed.
 */
public final class Benchmark {

    /** The launcher's settings for builds (see ./handbook); the heap limit comes from -Dbench.heap. */
    private static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseParallelGC");
    /** As the launcher: the quick JIT only for builds of up to this many disclosures. */
    private static final int QUICK_JIT_UP_TO = 3000;
    private static final int INCREMENTAL_UP_TO = 1000;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String heap = System.getProperty("bench.heap", "1g");
        String generator = System.getProperty("bench.generator", "project");
        Path synth = Path.of(System.getProperty("bench.synth", "../shared/bench/synth.py"));
        Path hugoScript = Path.of(System.getProperty("bench.hugo", "../shared/bench/hugo-baseline.sh"));
        boolean hugo = onPath("hugo") && Files.isRegularFile(hugoScript);
        String[] sizes = args.length == 0 ? new String[]{"100", "1000", "10000"} : String.join(" ", args).trim().split("\\s+");
        Path work = Files.createTempDirectory("handbook-bench-");
        Path archive = work.resolve("classes.jsa");
        try {
            // A first run writes the class-data-sharing archive, as the launcher's first run after `mvn package` does.
            cli(heap, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                    Path.of("content"), work.resolve("warm-up"), work.resolve("gc-warm-up.log"));
            List<String> share = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off");
            System.out.printf("Full builds, each in a fresh JVM with the launcher's settings (%s, C1 JIT only up to %d disclosures, "
                    + "class-data sharing, -Xmx%s), wall time from outside:%n", String.join(" ", LAUNCHER_FLAGS), QUICK_JIT_UP_TO, heap);
            System.out.printf("Corpora from %s; %s%n", generator.equals("synth") ? synth + " (three tables a disclosure) added to the seeds"
                    : "the project's CorpusGenerator", hugo ? "Hugo on the same page count with " + hugoScript : "no Hugo comparison (hugo not on the PATH)");
            System.out.printf("%-12s %8s %10s %10s %8s %14s %13s %10s %10s%n", "disclosures", "pages", "wall s", "pages/s", "ms/page",
                    "peak heap MiB", "retained MiB", "Hugo ms/pg", "ratio");
            report("seeds (5)", 5, heap, share, Path.of("content"), work.resolve("site"), null);
            List<Path> incremental = new ArrayList<>();
            for (String size : sizes) {
                int count = Integer.parseInt(size);
                Path content = generator.equals("synth") ? synthCorpus(synth, work.resolve("content-" + count), count)
                        : new CorpusGenerator(42).write(work.resolve("content-" + count), count);
                report(String.valueOf(count), count, heap, share, content, work.resolve("site"), hugo ? hugoScript : null);
                // The preview's edits name the project generator's files.
                if (count <= INCREMENTAL_UP_TO && !generator.equals("synth")) {
                    incremental.add(content);
                }
            }
            if (!incremental.isEmpty()) {
                System.out.println();
                System.out.println("Preview (serve) rebuilds in memory, in one JVM with the JVM's default settings, as `serve` runs:");
                System.out.printf("%-12s %14s %16s %14s %14s%n", "disclosures", "first build s", "no-change ms", "one-edit ms", "outputs made");
                for (Path content : incremental) {
                    System.out.println(child(heap, List.of(), "incremental", content.toString()).strip());
                }
            }
        } finally {
            TestFiles.delete(work);
        }
    }

    private static void report(String label, int disclosures, String heap, List<String> share, Path content, Path site,
                               Path hugoScript) throws IOException, InterruptedException {
        List<String> flags = new ArrayList<>(LAUNCHER_FLAGS);
        if (disclosures <= QUICK_JIT_UP_TO) {
            flags.add("-XX:TieredStopAtLevel=1");
        }
        flags.addAll(share);
        Path gcLog = site.resolveSibling("gc.log");
        long start = System.nanoTime();
        String out = cli(heap, flags, content, site, gcLog);
        double seconds = (System.nanoTime() - start) / 1e9;
        Matcher built = BUILT.matcher(out);
        if (!built.find()) {
            System.out.printf("%-12s failed: %s%n", label, out.strip());
            return;
        }
        long pages = Long.parseLong(built.group(1));
        double msPerPage = seconds * 1000 / pages;
        String hugoMs = "-";
        String ratio = "-";
        if (hugoScript != null) {
            Matcher h = HUGO.matcher(run(List.of("bash", hugoScript.toString(), String.valueOf(pages))));
            if (h.find()) {
                double hugoMsPerPage = Double.parseDouble(h.group(2)) * 1000 / Long.parseLong(h.group(1));
                hugoMs = String.format("%.2f", hugoMsPerPage);
                ratio = String.format("%.1f", msPerPage / hugoMsPerPage);
            }
        }
        System.out.printf("%-12s %8d %10.2f %10.0f %8.2f %14d %13d %10s %10s%n", label, pages, seconds, pages / seconds, msPerPage,
                peakHeapMiB(gcLog), retainedMiB(gcLog), hugoMs, ratio);
    }

    private static final Pattern HUGO = Pattern.compile("hugo_pages=(\\d+) hugo_seconds=([0-9.]+)");

    /** The seeds' content folder with {@code count} disclosures from the shared generator added to its disclosures/. */
    private static Path synthCorpus(Path synth, Path content, int count) throws IOException, InterruptedException {
        TestFiles.copyTree(Path.of("content"), content);
        run(List.of("python3", synth.toString(), String.valueOf(count), content.resolve("disclosures").toString()));
        return content;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static final Pattern BUILT = Pattern.compile("Built \\S+: (\\d+) pages");
    private static final Pattern HEAP_BEFORE = Pattern.compile("Pause \\w+ .*?(\\d+)M->(\\d+)M");

    /** The heap in use when the collector ran, at its highest: the peak, to within one young generation's growth. */
    private static long peakHeapMiB(Path gcLog) throws IOException {
        return highest(gcLog, 1);
    }

    /**
     * The heap left after a collection, at its highest: what the build holds, plus whatever garbage a young
     * collection left in the old generation (an upper bound on the live set; a full collection's figure is exact).
     */
    private static long retainedMiB(Path gcLog) throws IOException {
        return highest(gcLog, 2);
    }

    private static long highest(Path gcLog, int group) throws IOException {
        Matcher m = HEAP_BEFORE.matcher(Files.readString(gcLog));
        long peak = 0;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(group)));
        }
        return peak;
    }

    /** Runs `java -jar target/handbook.jar build` in a fresh JVM, as ./handbook does, and returns what it printed. */
    private static String cli(String heap, List<String> flags, Path content, Path site, Path gcLog) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-Xmx" + heap);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(List.of("-jar", "target/handbook.jar", "build", "--content", content.toString(), "--output", site.toString()));
        return run(command);
    }

    /** Runs {@link BenchmarkRun} in a fresh JVM and returns what it printed. */
    private static String child(String heap, List<String> flags, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-Xmx" + heap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchmarkRun.class.getName());
        command.addAll(List.of(args));
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("benchmark run failed: " + String.join(" ", command) + "\n" + out);
        }
        return out;
    }
}
