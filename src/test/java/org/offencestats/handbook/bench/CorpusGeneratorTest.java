package org.offencestats.handbook.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.pipeline.Pipeline;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.Problem;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's corpora read like the seeds: every label mapped, quirks handled as notes, some totals off. */
class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void generatedDisclosuresReadCleanlyWithTheSeedsQuirks() throws IOException {
        Path content = new CorpusGenerator(7).write(tmp.resolve("content"), 40);
        Handbook handbook = new Pipeline(content, Path.of("templates")).model();
        assertThat(handbook.disclosures()).hasSize(40);
        assertThat(handbook.problems()).as("no warnings or errors").allMatch(p -> p.severity() == Problem.Severity.NOTE);
        assertThat(handbook.problems()).anyMatch(p -> p.message().contains("interleaved"));
        assertThat(handbook.disclosures().stream().flatMap(d -> d.audits().values().stream()).flatMap(a -> a.findings().stream()))
                .anyMatch(f -> f.kind() == FindingKind.TOTAL_RECOVERED)
                .anyMatch(f -> f.kind() == FindingKind.COLUMN_TOTAL_MISMATCH);
        assertThat(handbook.disclosures().stream().mapToLong(d -> d.parsed().tables().size()).sum()).isEqualTo(50);
    }
}
