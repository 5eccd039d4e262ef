package org.offencestats.handbook.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two builds of the same input are byte-identical: no timestamps, no map-order leaks, no machine paths. The second
 * build runs in a separate JVM, because hash iteration order (Map.of, Set.of) changes between JVM runs, not within one.
 */
class ReproducibleBuildTest {

    @TempDir
    Path tmp;

    @Test
    void twoBuildsInSeparateJvmsAreByteIdentical() throws IOException, InterruptedException {
        Path first = tmp.resolve("one/site");
        Path second = tmp.resolve("two/elsewhere");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES, "https://example.org/").build(first);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.offencestats.handbook.cli.HandbookCommand", "build",
                "--content", SiteFixture.CONTENT.toString(), "--templates", SiteFixture.TEMPLATES.toString(),
                "--output", second.toString(), "--base-url", "https://example.org/")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("second-build.log").toFile()).start();
        assertThat(other.waitFor()).as(Files.readString(tmp.resolve("second-build.log"))).isZero();
        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertThat(a.keySet()).isEqualTo(b.keySet()).hasSizeGreaterThan(200);
        a.forEach((path, bytes) -> assertThat(new String(b.get(path), StandardCharsets.ISO_8859_1)).as(path)
                .isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1)));
        a.forEach((path, bytes) -> {
            if (path.endsWith(".html") || path.endsWith(".xml") || path.endsWith(".json") || path.endsWith(".csv")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(text).as(path + " names no machine path").doesNotContain(tmp.toString()).doesNotContain("/work/");
            }
        });
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
