package org.offencestats.handbook.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offencestats.handbook.publish.OutputGuard;
import org.offencestats.handbook.publish.OutputRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code build --output} refuses the system folders (issue 18, item 1). These are real folders, so each case
 * first asks the guard alone, which writes nothing: a broken guard fails there, before a build could touch them.
 */
class SystemFolderOutputTest {

    static Stream<Path> systemFolders() {
        return Stream.concat(Stream.of("/", "/etc", "/usr", "/bin", "/var", "/tmp", "/home", "/root", "/opt").map(Path::of),
                Stream.of(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    @ParameterizedTest(name = "--output {0}")
    @MethodSource("systemFolders")
    void refusesASystemFolderAndTouchesNothing(Path folder) throws IOException {
        assumeThat(folder).exists();
        assertThatThrownBy(() -> OutputGuard.protecting(List.of()).check(folder)).isInstanceOf(OutputRefused.class);
        List<String> besideBefore = beside(folder);

        CliRun run = CliRun.of("build", "--output", folder.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to build the site into " + folder.toAbsolutePath().normalize())
                .containsAnyOf("system folder", "root of a file system").contains("Nothing was written.");
        assertThat(folder).isDirectory();
        assertThat(beside(folder)).isEqualTo(besideBefore);
    }

    /** This folder's lock and staging folders, were a build to make them. */
    private static List<String> beside(Path folder) throws IOException {
        Path absolute = folder.toRealPath();
        if (absolute.getParent() == null) {
            return List.of();
        }
        String prefix = "." + absolute.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(absolute.getParent())) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }
}
