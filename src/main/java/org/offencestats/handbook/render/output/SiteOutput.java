package org.offencestats.handbook.render.output;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.SourceRef;

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

    /** Two inputs whose names give the same output file: an input error, since renaming one input fixes it. */
    static InputError collision(String path) {
        return new InputError(SourceRef.line(path, 0), "two pages or files would be written to " + path
                + ": two names in content/ (references, codes, labels, slugs) differ only in case or punctuation",
                "names that give different file names", "rename one of them; `check` lists the pages");
    }

    /** Every path written so far, sorted. */
    SortedSet<String> paths();
}
