package org.offencestats.handbook.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches directory trees (content/, templates/) and reports the files that changed, in batches: editors write a
 * file in several steps, so events are gathered until the trees have been quiet for a short while.
 */
final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 120;

    private final WatchService watcher;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Consumer<SortedSet<Path>> onChange) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            registerTree(root);
        }
        thread = new Thread(() -> loop(onChange), "handbook-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop(Consumer<SortedSet<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                SortedSet<Path> changed = new TreeSet<>();
                drain(key, changed);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        }
    }

    private void drain(WatchKey key, SortedSet<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir);
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            changed.add(file);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    registerTree(file);
                } catch (IOException e) {
                    // the directory went away again
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
