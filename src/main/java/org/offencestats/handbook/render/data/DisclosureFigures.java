package org.offencestats.handbook.render.data;

import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.render.output.PageCache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Each disclosure's share of the tidy dataset, made once per render (and kept between the preview's rebuilds while
 * the disclosure is unchanged): its CSV rows, its figures as JSON, its rows gzip-compressed as one gzip member, and
 * its rows for each entity. The whole-handbook CSV and its .gz are these pieces put end to end (a gzip file may hold
 * several members; every reader decompresses them as one stream), so they never need compressing again as a whole.
 * Shared by the open data, which writes the files, and the pages that state their sizes.
 */
public final class DisclosureFigures {

    /**
     * One disclosure's figures, held compressed until written: the CSV rows as their gzip member ({@code gzRows},
     * empty when there are none), the JSON deflated, and each entity's rows as (start, end) offsets into the CSV rows.
     * Held as plain bytes, every disclosure's CSV, JSON and per-entity copies made up most of the heap of a
     * 10,000-disclosure build (docs/performance.md).
     */
    public record Chunk(byte[] gzRows, int csvRowsLength, byte[] deflatedJson, int jsonLength, SortedMap<EntityKey, int[]> entityLines) {

        /** The CSV rows, without the header. */
        public byte[] csvRows() {
            return csvRowsLength == 0 ? new byte[0] : Packing.gunzip(gzRows, csvRowsLength);
        }

        public byte[] json() {
            return Packing.inflate(deflatedJson, jsonLength);
        }
    }

    static final byte[] HEADER = csvLine(TidyField.ALL.stream().map(TidyField::name).toList());
    static final byte[] GZ_HEADER = gzip(HEADER);

    private final PageCache cache;
    private final Map<Object, Chunk> made = new ConcurrentHashMap<>();

    public DisclosureFigures(PageCache cache) {
        this.cache = cache;
    }

    public Chunk of(Disclosure d) {
        return made.computeIfAbsent(PageCache.same(d),
                k -> cache.get("figures:" + d.slug(), List.of(PageCache.same(d)), () -> make(d)));
    }

    /** The size of the disclosure's figures.csv: the header and its rows. */
    public int csvSize(Disclosure d) {
        return HEADER.length + of(d).csvRowsLength();
    }

    public int jsonSize(Disclosure d) {
        return of(d).jsonLength();
    }

    private static Chunk make(Disclosure d) {
        List<TidyRows.Figure> figures = new ArrayList<>();
        for (DataTable t : d.parsed().tables()) {
            figures.addAll(TidyRows.of(d, t));
        }
        figures.addAll(TidyRows.stated(d));
        // Each record is written into one reused buffer and encoded once; the JSON is written into one buffer and
        // encoded once at the end (a string per figure, and a byte array per string, was most of this method).
        ByteArrayOutputStream csv = new ByteArrayOutputStream(figures.size() * 320);
        StringBuilder line = new StringBuilder(512);
        StringBuilder json = new StringBuilder(figures.size() * 720);
        json.append('[');
        SortedMap<EntityKey, IntList> byEntity = new TreeMap<>();
        TidyText.Repeats repeats = new TidyText.Repeats();
        for (int i = 0; i < figures.size(); i++) {
            TidyRows.Figure f = figures.get(i);
            line.setLength(0);
            TidyText.csvRecord(line, f.values(), repeats);
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            int start = csv.size();
            csv.writeBytes(bytes);
            json.append(i == 0 ? "\n" : ",\n");
            TidyText.jsonObject(json, f.values(), repeats);
            f.entities().forEach(k -> byEntity.computeIfAbsent(k, x -> new IntList()).add(start, start + bytes.length));
        }
        json.append(figures.isEmpty() ? "]\n" : "\n]\n");
        SortedMap<EntityKey, int[]> entityLines = new TreeMap<>();
        byEntity.forEach((k, v) -> entityLines.put(k, v.toArray()));
        byte[] rows = csv.toByteArray();
        byte[] jsonBytes = json.toString().getBytes(StandardCharsets.UTF_8);
        return new Chunk(rows.length == 0 ? new byte[0] : gzip(rows), rows.length, Packing.deflate(jsonBytes), jsonBytes.length,
                entityLines);
    }

    /** A growing list of ints without boxing. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int a, int b) {
            if (size + 2 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = a;
            values[size++] = b;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /**
     * One gzip member. GZIPOutputStream writes a fixed header (modification time 0, no file name, OS 0) and the
     * deflate stream depends only on the bytes, so the same rows always give the same member.
     */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One CSV record (RFC 4180 quoting, "\n" line end) in UTF-8. */
    static byte[] csvLine(List<String> values) {
        StringBuilder out = new StringBuilder();
        TidyText.csvRecord(out, values);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
