package org.offencestats.handbook.publish;

import org.offencestats.handbook.render.output.SiteOutput;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** Writes each rendered file straight into a (staging) directory, refusing any path that would leave it. */
final class DirectoryOutput implements SiteOutput {

    private final Path root;
    private final ConcurrentSkipListSet<String> paths = new ConcurrentSkipListSet<>();

    DirectoryOutput(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void add(String path, byte[] bytes) {
        try {
            Files.write(claim(path), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public OutputStream open(String path) {
        try {
            return new BufferedOutputStream(Files.newOutputStream(claim(path)), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SortedSet<String> paths() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }

    private Path claim(String path) throws IOException {
        Path out = root.resolve(path).normalize();
        if (!out.startsWith(root) || out.equals(root)) {
            throw new IllegalStateException("refusing to write outside the output directory: " + path);
        }
        if (!paths.add(path)) {
            throw SiteOutput.collision(path);
        }
        Files.createDirectories(out.getParent());
        return out;
    }
}
