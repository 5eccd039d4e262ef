package org.offencestats.handbook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** What a build leaves beside and in its output: no stale staging folders, one build at a time, readable files. */
class BuildLeftoversTest {

    @TempDir
    Path tmp;

    @Test
    void removesTheStagingFoldersOfKilledBuilds() throws IOException {
        Path newer = Files.createDirectories(tmp.resolve(".site.new-1234567890"));
        Files.writeString(newer.resolve("index.html"), "half a site\n");
        Path older = Files.createDirectories(tmp.resolve(".site.old-987654321/data"));
        Files.writeString(older.resolve("big.csv"), "a previous site\n");
        Files.createDirectories(tmp.resolve(".site.new-notmine"));
        Files.createDirectories(tmp.resolve(".public.new-42"));
        assertThat(build(tmp.resolve("site")).code()).isZero();
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("site", ".site.lock", ".site.new-notmine", ".public.new-42");
        }
    }

    @Test
    void refusesASecondBuildIntoTheSameOutput() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve(".handbook-site"), "marker\n");
        Files.writeString(site.resolve("index.html"), "the site being written\n");
        Map<String, String> before = FolderSnapshot.of(site);
        try (FileChannel channel = FileChannel.open(tmp.resolve(".site.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            CliRun run = build(site);
            assertThat(run.code()).as(run.out()).isEqualTo(2);
            assertThat(run.err()).contains(site.toString()).contains("another build is writing to it").contains("fix:")
                    .doesNotContain("Exception");
        }
        assertThat(FolderSnapshot.of(site)).isEqualTo(before);
    }

    @Test
    void thePublishedSiteIsReadableByEveryoneUnlessTheUmaskSaysOtherwise() throws IOException {
        assumeThat(tmp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        // What the maintainer's umask allows: a plain new folder and file show it.
        Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("probe")));
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("probe/file")));
        if (folderMode.equals(PosixFilePermissions.fromString("rwxr-xr-x"))) {
            assertThat(fileMode).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        }
        Path site = tmp.resolve("site");
        assertThat(build(site).code()).isZero();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.toList()) {
                boolean folder = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)))
                        .as(site.relativize(p).toString())
                        .isEqualTo(PosixFilePermissions.toString(folder ? folderMode : fileMode));
            }
        }
    }

    private static CliRun build(Path output) {
        return CliRun.of("build", "--content", "content", "--templates", "templates", "--output", output.toString());
    }
}
