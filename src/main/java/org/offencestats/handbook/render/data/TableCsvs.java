package org.offencestats.handbook.render.data;

import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.render.view.Format;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each table's CSV as published, made once per render: the open data writes it, and the disclosure page and every
 * entity page that shows the table state its size. Shared by the renderers running side by side.
 */
public final class TableCsvs {

    /** A table as a key: equal only to itself, so no table is compared or hashed cell by cell. */
    private record Same(DataTable table) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.table == table;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(table);
        }
    }

    private final Map<Same, byte[]> made = new ConcurrentHashMap<>();
    /** The sizes as shown: a table's size is stated on every entity page that shows it (String.format each time was costly). */
    private final Map<Same, String> sizes = new ConcurrentHashMap<>();

    public byte[] bytes(DataTable table) {
        return made.computeIfAbsent(new Same(table), s -> TableCsv.of(table).getBytes(StandardCharsets.UTF_8));
    }

    /** The CSV's size as readers see it, beside its download link. */
    public String size(DataTable table) {
        return sizes.computeIfAbsent(new Same(table), s -> Format.size(bytes(table).length));
    }
}
