package org.offencestats.handbook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BuildCommandTest {

    @TempDir
    Path tmp;

    @Test
    void buildWritesTheSiteToTheChosenOutputAndPrintsASummary() {
        Path out = tmp.resolve("public");
        CliRun run = run("build", "--content", "content", "--templates", "templates", "--output", out.toString());
        assertThat(run.code()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
        // The seeds hold no unplaced number and need no maintainer's attention: a new warning fails here.
        var h = org.offencestats.handbook.ModelFixture.seeds();
        long stated = h.disclosures().stream().mapToLong(d -> d.parsed().statedFigures().size()).sum();
        long nonFigures = h.disclosures().stream().mapToLong(d -> d.parsed().numbers().count(NumberPlace.NON_FIGURE)).sum();
        long notes = h.problems().stream().filter(p -> p.severity() == Problem.Severity.NOTE).count();
        assertThat(stated).as("the seeds' stated figures").isGreaterThanOrEqualTo(4);
        assertThat(run.out()).contains("5 disclosures, 12 tables, " + (1133 + stated) + " figures (1133 table cells, " + stated
                + " stated in the text), " + nonFigures + " non-figures, 0 unplaced numbers, 0 warnings, " + notes + " notes, in ");
    }

    @Test
    void badInputExitsNonZeroNamingFileAndLine() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("disclosures"));
        Files.createDirectories(content.resolve("taxonomies"));
        Files.copy(Path.of("content/taxonomies/offences.yml"), content.resolve("taxonomies/offences.yml"));
        Files.copy(Path.of("content/taxonomies/outcomes.yml"), content.resolve("taxonomies/outcomes.yml"));
        Files.writeString(content.resolve("disclosures/x.txt"), "Year\tTotal\n2013\t4\n");
        Files.writeString(content.resolve("disclosures/x.yml"), "force: West Midlands Police\ntitle: A title\nrefrence: \"1/15\"\n");
        CliRun run = run("build", "--content", content.toString(), "--output", tmp.resolve("site").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("disclosures/x.yml, line 3").contains("unknown key \"refrence\"").contains("fix:");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run().code()).isEqualTo(2);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
