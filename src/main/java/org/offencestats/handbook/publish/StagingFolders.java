package org.offencestats.handbook.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders beside the output that a build writes into ({@code .site.new-N}) and moves the previous site to
 * ({@code .site.old-N}). A build killed part way leaves them behind; the next build removes them, and only them.
 */
final class StagingFolders {

    private final Path parent;
    private final String name;

    StagingFolders(Path output) {
        this.parent = output.getParent();
        this.name = output.getFileName().toString();
    }

    /**
     * A new, empty staging folder. Made with the default permissions (what the umask allows: 0755 for the usual
     * 022), not as a private temporary folder, since it becomes the published site.
     */
    Path createNew() throws IOException {
        while (true) {
            try {
                return Files.createDirectory(candidate("new"));
            } catch (FileAlreadyExistsException e) {
                // another name then
            }
        }
    }

    /** A name, free now, to move the previous site to while the new one is moved in. */
    Path freeOldName() {
        Path old = candidate("old");
        while (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            old = candidate("old");
        }
        return old;
    }

    /** Removes this output's {@code kind} ("new" or "old") folders left by killed builds; call with the lock held. */
    void removeStale(String kind) throws IOException {
        Pattern ours = Pattern.compile(Pattern.quote(prefix(kind)) + "[0-9]+");
        List<Path> stale;
        try (Stream<Path> siblings = Files.list(parent)) {
            stale = siblings.filter(p -> ours.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path folder : stale) {
            FileTrees.delete(folder);
        }
    }

    private Path candidate(String kind) {
        return parent.resolve(prefix(kind) + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE));
    }

    private String prefix(String kind) {
        return "." + name + "." + kind + "-";
    }
}
