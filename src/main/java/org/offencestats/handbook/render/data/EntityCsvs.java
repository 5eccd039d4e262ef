package org.offencestats.handbook.render.data;

import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each entity's rows of the tidy dataset, as a CSV file: the header, then the entity's lines of each disclosure's
 * rows, in the disclosures' order. A full build streams each file as the disclosures come, so no disclosure's rows
 * are held to the end. The preview (a cache that keeps outputs) makes each file once its disclosures are all added,
 * and reuses it while every disclosure that feeds it gives the very same rows (by identity: a disclosure's rows are
 * kept while the disclosure is unchanged), so an edit makes again only the files of the entities the edited disclosure feeds.
 */
final class EntityCsvs implements AutoCloseable {

    /** One disclosure's lines for an entity: (start, end) offsets into its rows, which begin at {@code offset} in {@code csv}. */
    private record Piece(byte[] csv, int offset, int[] lines) {
    }

    private final SiteOutput site;
    private final PageCache cache;
    private final SortedMap<EntityKey, OutputStream> streams = new TreeMap<>();
    private final SortedMap<EntityKey, List<Piece>> kept = new TreeMap<>();

    EntityCsvs(SiteOutput site, PageCache cache) {
        this.site = site;
        this.cache = cache;
    }

    /** A disclosure's rows, starting at {@code offset} in {@code csv}, and each entity's lines among them. */
    void add(byte[] csv, int offset, SortedMap<EntityKey, int[]> entityLines) throws IOException {
        for (Map.Entry<EntityKey, int[]> entity : entityLines.entrySet()) {
            if (cache.keeps()) {
                kept.computeIfAbsent(entity.getKey(), k -> new ArrayList<>()).add(new Piece(csv, offset, entity.getValue()));
                continue;
            }
            OutputStream out = streams.get(entity.getKey());
            if (out == null) {
                out = site.open(Links.entityCsv(entity.getKey()));
                out.write(DisclosureFigures.HEADER);
                streams.put(entity.getKey(), out);
            }
            int[] lines = entity.getValue();
            for (int i = 0; i < lines.length; i += 2) {
                out.write(csv, offset + lines[i], lines[i + 1] - lines[i]);
            }
        }
    }

    /** Writes the kept files, once every disclosure is added. */
    void finish() {
        kept.forEach((key, pieces) -> {
            List<Object> inputs = new ArrayList<>(pieces.size());
            pieces.forEach(p -> inputs.add(PageCache.same(p.csv())));
            String path = Links.entityCsv(key);
            site.add(path, cache.get("entity-csv:" + path, inputs, () -> bytes(pieces)));
        });
    }

    private static byte[] bytes(List<Piece> pieces) {
        int size = DisclosureFigures.HEADER.length;
        for (Piece p : pieces) {
            for (int i = 0; i < p.lines().length; i += 2) {
                size += p.lines()[i + 1] - p.lines()[i];
            }
        }
        byte[] out = java.util.Arrays.copyOf(DisclosureFigures.HEADER, size);
        int at = DisclosureFigures.HEADER.length;
        for (Piece p : pieces) {
            for (int i = 0; i < p.lines().length; i += 2) {
                int length = p.lines()[i + 1] - p.lines()[i];
                System.arraycopy(p.csv(), p.offset() + p.lines()[i], out, at, length);
                at += length;
            }
        }
        return out;
    }

    /** Closes the streamed files. */
    @Override
    public void close() {
        for (OutputStream out : streams.values()) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the open data: " + e.getMessage(), e);
            }
        }
    }
}
