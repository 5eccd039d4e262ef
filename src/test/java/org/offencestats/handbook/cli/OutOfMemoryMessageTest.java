package org.offencestats.handbook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.bench.CorpusGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A build that runs out of heap says so and how to give it more, exits 3, and leaves the previous site as it was. */
class OutOfMemoryMessageTest {

    @Test
    void aBuildOutOfHeapExplainsItselfAndKeepsThePreviousSite(@TempDir Path tmp) throws Exception {
        Path content = new CorpusGenerator(7).write(tmp.resolve("content"), 100);
        Path site = tmp.resolve("site");
        assertThat(CliRun.of("build", "--content", "content", "--templates", "templates", "--output", site.toString()).code()).isZero();
        var before = FolderSnapshot.of(site);
        Path log = tmp.resolve("build.log");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx12m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.offencestats.handbook.cli.HandbookCommand", "build",
                "--content", content.toString(), "--templates", Path.of("templates").toAbsolutePath().toString(),
                "--output", site.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(log);
        assertThat(build.exitValue()).as(said).isEqualTo(3);
        assertThat(said).contains("ran out of memory (its heap limit is ", " MiB)", "HANDBOOK_HEAP=2g", "left unchanged");
        assertThat(FolderSnapshot.of(site)).isEqualTo(before);
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site", ".site.lock", "build.log"); // the lock file stays, as after any build
        }
    }
}
