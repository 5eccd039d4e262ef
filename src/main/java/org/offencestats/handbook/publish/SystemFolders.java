package org.offencestats.handbook.publish;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The folders of the operating system that no build may replace, on every drive or file-system root. */
final class SystemFolders {

    // Linux, macOS and Windows names together: a name that does not exist on this system protects nothing and costs nothing.
    private static final List<String> NAMES = List.of(
            "bin", "boot", "dev", "etc", "home", "lib", "lib32", "lib64", "libx32", "media", "mnt", "opt", "proc",
            "root", "run", "sbin", "snap", "srv", "sys", "tmp", "usr", "usr/local", "var", "var/tmp",
            "private", "private/etc", "private/tmp", "private/var", "Applications", "Library", "System", "Users", "Volumes",
            "Windows", "Program Files", "Program Files (x86)", "ProgramData");

    private SystemFolders() {
    }

    /** Each folder as written and where it really leads (e.g. /bin is /usr/bin on many Linux systems). */
    static List<Path> all() {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path root : FileSystems.getDefault().getRootDirectories()) {
            folders.add(root);
            for (String name : NAMES) {
                folders.add(root.resolve(name));
            }
        }
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && !tmp.isBlank()) {
            folders.add(Path.of(tmp).toAbsolutePath().normalize());
        }
        Set<Path> withReal = new LinkedHashSet<>(folders);
        folders.forEach(folder -> withReal.add(RealPaths.orAbsolute(folder)));
        return List.copyOf(withReal);
    }
}
