package org.offencestats.handbook.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** Where a path really leads once symbolic links are followed, for paths that may not exist yet. */
final class RealPaths {

    private RealPaths() {
    }

    /**
     * The real path of the deepest part of {@code path} that exists, with the rest appended.
     * Throws {@link java.nio.file.NoSuchFileException} when a symbolic link on the way leads nowhere.
     */
    static Path of(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Deque<String> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName().toString());
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        Path real = existing.toRealPath();
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real;
    }

    /** The real path, or the plain absolute one when a link on the way is broken: for folders to protect. */
    static Path orAbsolute(Path path) {
        try {
            return of(path);
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
