package org.offencestats.handbook.render.output;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;

/** The whole site in memory: output path (relative, '/'-separated) to bytes, sorted so writing is deterministic. */
public final class RenderedSite implements SiteOutput {

    private final ConcurrentSkipListMap<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void add(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) {
            throw SiteOutput.collision(path);
        }
    }

    @Override
    public OutputStream open(String path) {
        return new Collector(path);
    }

    /**
     * Collects a streamed file as the arrays written to it, copied once into the file's bytes on close: the preview
     * streams tens of megabytes of open data from cached chunks on every rebuild, and growing one buffer would copy
     * them several times over. Large writes are kept by reference (whole arrays or slices of them); writers never
     * change them afterwards.
     */
    private final class Collector extends OutputStream {
        private static final int SMALL = 8192;

        private record Part(byte[] bytes, int offset, int length) {
        }

        private final String path;
        private final List<Part> parts = new ArrayList<>();
        private final ByteArrayOutputStream small = new ByteArrayOutputStream();
        private long size;
        private boolean closed;

        Collector(String path) {
            this.path = path;
        }

        @Override
        public void write(int b) {
            small.write(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len >= SMALL) {
                flushSmall();
                parts.add(new Part(b, off, len));
            } else {
                small.write(b, off, len);
            }
            size += len;
        }

        private void flushSmall() {
            if (small.size() > 0) {
                byte[] bytes = small.toByteArray();
                parts.add(new Part(bytes, 0, bytes.length));
                small.reset();
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            flushSmall();
            byte[] all = new byte[Math.toIntExact(size)];
            int at = 0;
            for (Part part : parts) {
                System.arraycopy(part.bytes(), part.offset(), all, at, part.length());
                at += part.length();
            }
            add(path, all);
        }
    }

    @Override
    public SortedSet<String> paths() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
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
