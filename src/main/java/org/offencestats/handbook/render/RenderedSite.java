package org.offencestats.handbook.render;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The whole site in memory: output path (relative, '/'-separated) to bytes, sorted so writing is deterministic. */
public final class RenderedSite {

    private final SortedMap<String, byte[]> files = new TreeMap<>();

    void add(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    void add(String path, byte[] bytes) {
        if (files.put(path, bytes) != null) {
            throw new IllegalStateException("two outputs would be written to " + path);
        }
    }

    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public String text(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    public long pageCount() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
