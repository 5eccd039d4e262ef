package org.offencestats.handbook.measure;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.TestFiles;
import org.offencestats.handbook.pipeline.BuildSummary;
import org.offencestats.handbook.pipeline.Pipeline;
import org.offencestats.handbook.model.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new maintainer's first step: other forces' responses added with a sidecar of just force and title. The whole
 * site must build from them without an error (copies are made in a temporary folder, never in the project).
 */
class CorpusBuildTest {

    @TempDir
    Path tmp;

    @Test
    void theCorpusBuildsWithTwoLineSidecars() throws Exception {
        Path corpus = CorpusFloorTest.CORPUS;
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("truth.json")),
                "No corpus at " + corpus.toAbsolutePath() + ": skipped (it runs where ../shared/corpus exists)");
        Path content = tmp.resolve("content");
        Path disclosures = Files.createDirectories(content.resolve("disclosures"));
        TestFiles.copyTree(Path.of("content/taxonomies"), content.resolve("taxonomies"));
        int added = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString().toLowerCase(Locale.ROOT).replace('_', '-');
                Files.copy(text, disclosures.resolve(name));
                String force = name.substring(0, name.indexOf('-'));
                Files.writeString(disclosures.resolve(name.replace(".txt", ".yml")),
                        "force: \"" + force + "\"\ntitle: \"Response " + name.replace(".txt", "") + "\"\n");
                added++;
            }
        }
        assertThat(added).isGreaterThanOrEqualTo(20);
        BuildSummary result = new Pipeline(content, Path.of("templates")).check();
        assertThat(result.handbook().disclosures()).hasSize(added);
        assertThat(result.handbook().problems()).noneMatch(p -> p.severity() == Problem.Severity.ERROR);
        long figures = result.handbook().disclosures().stream()
                .mapToLong(d -> d.parsed().statedFigures().size() + d.parsed().tables().stream().mapToLong(t -> t.figureCount()).sum())
                .sum();
        assertThat(figures).as("figures read from the corpus").isGreaterThan(300);
    }
}
