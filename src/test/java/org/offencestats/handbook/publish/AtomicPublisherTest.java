package org.offencestats.handbook.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.TestFiles;
import org.offencestats.handbook.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicPublisherTest {

    @TempDir
    Path tmp;

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path site = tmp.resolve("site");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES).build(site);
        Map<String, byte[]> before = snapshot(site);

        Path badTemplates = TestFiles.copyTree(SiteFixture.TEMPLATES, tmp.resolve("templates"));
        Files.writeString(badTemplates.resolve("offence.html"), "<html xmlns:th=\"http://www.thymeleaf.org\"><p th:text=\"${nosuch.call()}\">x</p></html>");
        assertThatThrownBy(() -> new Pipeline(SiteFixture.CONTENT, badTemplates).build(site))
                .isInstanceOf(InputError.class)
                .hasMessageContaining("templates/offence.html");

        Map<String, byte[]> after = snapshot(site);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", ".site.lock", "templates");
        }
    }

    @Test
    void aRebuildRemovesFilesThatAreNoLongerProduced() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve(".handbook-site"), "written by an earlier build");
        Files.writeString(site.resolve("stale.html"), "old");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES).build(site);
        assertThat(site.resolve("stale.html")).doesNotExist();
        assertThat(site.resolve("index.html")).isRegularFile();
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }
}
