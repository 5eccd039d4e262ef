package org.offencestats.handbook.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard alone: which folders it names and which it lets a build replace. */
class OutputGuardTest {

    @TempDir
    Path tmp;

    @Test
    void aNewFolderInsideTheProjectIsWhereTheSiteGoes() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        OutputGuard guard = new OutputGuard(List.of(project.resolve("content"), project.resolve("templates")),
                List.of(project), tmp.resolve("home"));
        assertThat(guard.check(project.resolve("site"))).isEqualTo(project.toRealPath().resolve("site"));
        assertThat(guard.check(tmp.resolve("public/site"))).endsWithRaw(Path.of("public/site"));
    }

    @Test
    void everyDriveRootAndItsSystemFoldersAreGuarded() {
        for (Path root : tmp.getFileSystem().getRootDirectories()) {
            assertThat(SystemFolders.all()).contains(root, root.resolve("Windows"), root.resolve("Program Files"),
                    root.resolve("Users"), root.resolve("etc"), root.resolve("usr"));
        }
    }

    @Test
    void aFolderHoldingOnlyTheMarkerOrNothingMayBeReplaced() throws IOException {
        OutputGuard guard = new OutputGuard(List.of(), List.of(tmp.resolve("elsewhere")), tmp.resolve("home"));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path marked = Files.createDirectories(tmp.resolve("marked"));
        SiteMarker.write(marked);
        assertThat(guard.check(empty)).isEqualTo(empty.toRealPath());
        assertThat(guard.check(marked)).isEqualTo(marked.toRealPath());
        Path markerIsAFolder = Files.createDirectories(tmp.resolve("odd/" + SiteMarker.NAME));
        assertThatThrownBy(() -> guard.check(markerIsAFolder.getParent())).isInstanceOf(OutputRefused.class)
                .hasMessageContaining("no .handbook-site marker");
    }
}
