package org.offencestats.handbook.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offencestats.handbook.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code build --output} refuses, with exit code 2 and nothing touched, any output a build must not replace whole
 * (issue 18, item 1). Everything lives in a temporary folder that stands in for the inputs, the home folder
 * and the current folder, so even a broken guard can only delete test files.
 */
class BuildOutputGuardTest {

    @TempDir
    Path tmp;

    private Path home;
    private Path project;

    @BeforeEach
    void layOut() throws IOException {
        TestFiles.copyTree(Path.of("content"), tmp.resolve("inputs/content"));
        TestFiles.copyTree(Path.of("templates"), tmp.resolve("inputs/templates"));
        home = Files.createDirectories(tmp.resolve("home"));
        project = Files.createDirectories(home.resolve("work/project"));
        Files.writeString(project.resolve("README.md"), "the maintainer's notes\n");
        Files.writeString(tmp.resolve("file.txt"), "not a folder\n");
        Files.createDirectories(tmp.resolve("other"));
        Files.writeString(tmp.resolve("other/notes.txt"), "someone else's files\n");
        Files.createSymbolicLink(tmp.resolve("link-to-content"), tmp.resolve("inputs/content"));
        Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
    }

    @ParameterizedTest(name = "--output {0}")
    @CsvSource(delimiter = '|', value = {
            "inputs/content              | is the input folder",
            "inputs/content/disclosures  | lies inside the input folder",
            "inputs/templates            | is the input folder",
            "inputs                      | holds the input folder",
            "home/work/project           | is the current folder",
            "home/work                   | holds the current folder",
            "home                        | is the home folder",
            "file.txt                    | is a file, not a folder",
            "other                       | holds files but no .handbook-site marker",
            "link-to-content             | is the input folder",
            "dangling                    | is a symbolic link to nothing",
    })
    void refusesAndTouchesNothing(String output, String why) throws IOException {
        Map<String, String> before = FolderSnapshot.of(tmp);
        CliRun run = build(tmp.resolve(output));
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(tmp.resolve(output).toString()).contains(why).contains("fix:")
                .contains("Nothing was written.").doesNotContain("Exception");
        assertThat(FolderSnapshot.of(tmp)).isEqualTo(before);
    }

    @Test
    void replacesAFolderAnEarlierBuildMarked() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve(".handbook-site"), "marker\n");
        Files.writeString(site.resolve("old.html"), "old\n");
        assertThat(build(site).code()).isZero();
        assertThat(site.resolve("old.html")).doesNotExist();
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve(".handbook-site")).isRegularFile();
    }

    @Test
    void buildsIntoAnEmptyFolderAndMarksIt() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        assertThat(build(site).code()).isZero();
        assertThat(Files.readString(site.resolve(".handbook-site"))).contains("handbook build");
        // The marked site is replaced by the next build.
        assertThat(build(site).code()).isZero();
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsIt() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real-site"));
        Files.writeString(real.resolve(".handbook-site"), "marker\n");
        Path link = Files.createSymbolicLink(tmp.resolve("site"), real);
        CliRun run = build(link);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(real.resolve("index.html")).isRegularFile();
    }

    private CliRun build(Path output) {
        String oldHome = System.getProperty("user.home");
        String oldDir = System.getProperty("user.dir");
        System.setProperty("user.home", home.toString());
        System.setProperty("user.dir", project.toString());
        try {
            return CliRun.of("build", "--content", tmp.resolve("inputs/content").toString(),
                    "--templates", tmp.resolve("inputs/templates").toString(), "--output", output.toString());
        } finally {
            System.setProperty("user.home", oldHome);
            System.setProperty("user.dir", oldDir);
        }
    }
}
