package org.offencestats.handbook.render;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;

/**
 * Where rendered files go: memory (tests, {@code serve}) or a staging directory (builds, so a large site never sits
 * whole in memory). Paths are relative and '/'-separated; writing one path twice is a bug and fails. Renderers may
 * add files from several threads at once.
 */
public interface SiteOutput {

    void add(String path, byte[] bytes);

    default void add(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a large file for writing as a stream, so it is never held whole in memory; the file is complete when closed. */
    OutputStream open(String path);

    /** Every path written so far, sorted. */
    SortedSet<String> paths();
}
