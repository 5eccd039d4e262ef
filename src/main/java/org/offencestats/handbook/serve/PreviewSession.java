package org.offencestats.handbook.serve;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.pipeline.IncrementalBuild;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * {@code handbook serve}: builds the site in memory, serves it on 127.0.0.1, watches content/ and templates/, and
 * rebuilds on every change, redoing only what changed. Open pages reload themselves; a failed rebuild shows its
 * error in the page and the server keeps running. Nothing is written to disk.
 */
public final class PreviewSession implements AutoCloseable {

    private final IncrementalBuild build;
    private final PreviewState state = new PreviewState();
    private final DevServer server;
    private final SourceWatcher watcher;
    private final PrintStream log;

    public PreviewSession(Path content, Path templates, int port, PrintStream log) throws IOException {
        this.build = new IncrementalBuild(content, templates);
        this.log = log;
        rebuild(null);
        this.server = new DevServer(state, port);
        this.watcher = new SourceWatcher(List.of(content, templates), this::rebuild);
    }

    public void start() {
        server.start();
        watcher.start();
        log.printf(java.util.Locale.ROOT, "Serving the handbook at http://127.0.0.1:%d/ (Ctrl+C to stop). Watching for changes.%n", server.port());
    }

    public int port() {
        return server.port();
    }

    /** The build version the server shows: it goes up with every rebuild, failed or not. */
    public long version() {
        return state.current().version();
    }

    /** Waits until the shown version differs from {@code seen}, or the time is up; returns the version. */
    public long awaitVersionAfter(long seen, long millis) throws InterruptedException {
        return state.awaitChange(seen, millis);
    }

    private void rebuild(SortedSet<Path> changed) {
        Preview previous = state.current();
        try {
            IncrementalBuild.Result result = build.rebuild();
            state.set(previous.built(result.site()));
            log.printf(java.util.Locale.ROOT, "%s %d pages in %d ms (%d outputs made afresh, %d reused)%n", changed == null ? "Built" : "Rebuilt",
                    result.site().pageCount(), result.millis(), result.pages().made(), result.pages().reused());
        } catch (InputError e) {
            state.set(previous.failed("error: " + e.getMessage()));
            log.println("error: " + e.getMessage());
            log.println("The preview shows this error until the input is fixed.");
        } catch (RuntimeException e) {
            // A bug, not an input error: shown in full so it can be reported; the server keeps running.
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            state.set(previous.failed("internal error (please report it): " + trace));
            log.println("internal error: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
