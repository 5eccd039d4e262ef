package org.offencestats.handbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One disclosure, fully read: its source, sidecar, parsed content, table audits and entity links. {@code links}
 * holds, per table, what link and audit found about each row, column and cell (see {@link #links(String)}).
 */
public record Disclosure(String slug, DisclosureMeta meta, SourceText source, String sidecarFile, ParsedDisclosure parsed,
                         SortedMap<String, TableAudit> audits, DisclosureEntities entities, Map<String, TableLinks> links) {

    public Disclosure {
        audits = Collections.unmodifiableSortedMap(new TreeMap<>(audits));
        links = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(links));
    }

    /** A disclosure from what link and audit produced: each table's links are indexed here, once. */
    public Disclosure(String slug, DisclosureMeta meta, SourceText source, String sidecarFile, ParsedDisclosure parsed,
                      SortedMap<String, TableAudit> audits, DisclosureEntities entities) {
        this(slug, meta, source, sidecarFile, parsed, audits, entities, TableLinks.of(parsed.tables(), entities, audits));
    }

    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(parsed.problems());
        all.addAll(entities.problems());
        return List.copyOf(all);
    }

    public TableAudit audit(String tableId) {
        return audits.get(tableId);
    }

    /** What link and audit found about table {@code tableId}'s rows, columns and cells; null when there is no such table. */
    public TableLinks links(String tableId) {
        return links.get(tableId);
    }

    /** Every entity a row or column of this disclosure's tables links to (not the explicit non-entities), in key order. */
    public SortedSet<EntityKey> linkedEntities() {
        SortedSet<EntityKey> keys = new TreeSet<>();
        for (TableLinks t : links.values()) {
            t.rows().values().stream().filter(EntityMatch::isEntity).forEach(m -> keys.add(new EntityKey(m.dimension(), m.key())));
            t.columns().values().stream().filter(EntityMatch::isEntity).forEach(m -> keys.add(new EntityKey(m.dimension(), m.key())));
        }
        return Collections.unmodifiableSortedSet(keys);
    }

    /** The title readers see: the sidecar's. */
    public String title() {
        return meta.title();
    }
}
