package org.offencestats.handbook.build;

import org.offencestats.handbook.model.Handbook;

import java.util.SortedSet;

/** A build or check: the model, the paths written (or, for check, rendered and discarded), and how long it took. */
public record BuildSummary(Handbook handbook, SortedSet<String> paths, long millis) {

    public long pageCount() {
        return paths.stream().filter(p -> p.endsWith(".html")).count();
    }
}
