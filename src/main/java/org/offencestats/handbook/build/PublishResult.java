package org.offencestats.handbook.build;

import org.offencestats.handbook.model.Handbook;

import java.util.SortedSet;

/** A site published to disk: the model, the paths written, and how long it took. */
public record PublishResult(Handbook handbook, SortedSet<String> paths, long millis) {

    public long pageCount() {
        return paths.stream().filter(p -> p.endsWith(".html")).count();
    }
}
