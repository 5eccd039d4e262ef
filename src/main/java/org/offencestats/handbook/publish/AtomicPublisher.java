package org.offencestats.handbook.publish;

import org.offencestats.handbook.render.output.RenderedSite;
import org.offencestats.handbook.render.output.SiteOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * The only code that writes the output directory. The site is written in full to a staging folder beside the
 * target and swapped in with renames, so a failed build leaves the previous site untouched. The {@link OutputGuard}
 * decides first whether the target may be replaced at all, and a lock keeps a second build out meanwhile.
 */
public final class AtomicPublisher {

    private final OutputGuard guard;

    public AtomicPublisher(OutputGuard guard) {
        this.guard = guard;
    }

    /** A publisher that guards no input folders (only the current, home and system folders). */
    public AtomicPublisher() {
        this(OutputGuard.protecting(List.of()));
    }

    /** Throws {@link OutputRefused} if {@code target} may not be replaced: call before the build reads anything. */
    public void check(Path target) {
        guard.check(target);
    }

    /** Publishes a site already rendered in memory. */
    public void publish(RenderedSite site, Path target) {
        publish(target, out -> site.files().forEach(out::add));
    }

    /**
     * Runs {@code render} against a staging directory beside {@code target} and swaps it in when it returns; if it
     * throws, the staging directory is removed and {@code target} is left as it was. Returns the paths written.
     * A symbolic link at {@code target} stays: the folder it leads to is the one replaced.
     */
    public SortedSet<String> publish(Path target, Consumer<SiteOutput> render) {
        Path folder = guard.check(target);
        String shown = target.toAbsolutePath().normalize().toString();
        try {
            Files.createDirectories(folder.getParent());
            try (OutputLock lock = OutputLock.take(folder, shown)) {
                guard.check(target); // again, now that no other build can change it
                StagingFolders staging = new StagingFolders(folder);
                staging.removeStale("new");
                Path stage = staging.createNew();
                try {
                    DirectoryOutput out = new DirectoryOutput(stage);
                    render.accept(out);
                    SiteMarker.write(stage);
                    swap(stage, folder, staging);
                    // Only now: until the new site is in place, an old folder may hold the only copy of the last one.
                    staging.removeStale("old");
                    return out.paths();
                } finally {
                    if (Files.exists(stage, LinkOption.NOFOLLOW_LINKS)) {
                        FileTrees.delete(stage);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the site to " + shown + ": " + e.getMessage(), e);
        }
    }

    private static void swap(Path stage, Path target, StagingFolders staging) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = staging.freeOldName();
            move(target, old);
        }
        try {
            move(stage, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            FileTrees.delete(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
