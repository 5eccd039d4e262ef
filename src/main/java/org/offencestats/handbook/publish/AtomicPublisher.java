package org.offencestats.handbook.publish;

import org.offencestats.handbook.render.output.RenderedSite;
import org.offencestats.handbook.render.output.SiteOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * The only code that writes the output directory. The site is written in full to a temporary directory
 * beside the target and swapped in with renames, so a failed build leaves the previous site untouched.
 */
public final class AtomicPublisher {

    /** Publishes a site already rendered in memory. */
    public void publish(RenderedSite site, Path target) {
        publish(target, out -> site.files().forEach(out::add));
    }

    /**
     * Runs {@code render} against a staging directory beside {@code target} and swaps it in when it returns; if it
     * throws, the staging directory is removed and {@code target} is left as it was. Returns the paths written.
     */
    public SortedSet<String> publish(Path target, Consumer<SiteOutput> render) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
            try {
                DirectoryOutput out = new DirectoryOutput(staging);
                render.accept(out);
                swap(staging, absolute, parent);
                return out.paths();
            } finally {
                if (Files.exists(staging)) {
                    deleteTree(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the site to " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static void swap(Path staging, Path target, Path parent) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
