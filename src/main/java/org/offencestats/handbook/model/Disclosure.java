package org.offencestats.handbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** One disclosure, fully read: its source, sidecar, parsed content, table audits and entity links. */
public record Disclosure(String slug, DisclosureMeta meta, SourceText source, String sidecarFile, ParsedDisclosure parsed,
                         SortedMap<String, TableAudit> audits, DisclosureEntities entities) {

    public Disclosure {
        audits = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(audits));
    }

    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(parsed.problems());
        all.addAll(entities.problems());
        return List.copyOf(all);
    }

    public TableAudit audit(String tableId) {
        return audits.get(tableId);
    }

    /** The title readers see: the sidecar's. */
    public String title() {
        return meta.title();
    }
}
