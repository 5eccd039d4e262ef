package org.offencestats.handbook.render.output;

import java.io.OutputStream;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** Renders everything and keeps only the paths: what {@code check} needs to prove the site renders, at any size. */
public final class DiscardingOutput implements SiteOutput {

    private final ConcurrentSkipListSet<String> paths = new ConcurrentSkipListSet<>();

    @Override
    public void add(String path, byte[] bytes) {
        claim(path);
    }

    @Override
    public OutputStream open(String path) {
        claim(path);
        return OutputStream.nullOutputStream();
    }

    private void claim(String path) {
        if (!paths.add(path)) {
            throw SiteOutput.collision(path);
        }
    }

    @Override
    public SortedSet<String> paths() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }
}
