package org.offencestats.handbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole site model: disclosures, taxonomies, editorial pages, and the cross-references between them as
 * sorted maps from entity keys to the places they occur (keys, not object graphs), so output order is stable.
 */
public record Handbook(List<Disclosure> disclosures, Taxonomies taxonomies, List<PageSource> pages, SiteSettings settings,
                       SortedMap<EntityKey, List<EntityRef>> figures, SortedMap<EntityKey, SortedSet<String>> mentions,
                       Map<String, Disclosure> bySlug) {

    public static Handbook assemble(List<Disclosure> disclosures, Taxonomies taxonomies, List<PageSource> pages, SiteSettings settings) {
        SortedMap<EntityKey, List<EntityRef>> figures = new TreeMap<>();
        SortedMap<EntityKey, SortedSet<String>> mentions = new TreeMap<>();
        int labelLimit = settings.limits().labelLimit();
        for (Disclosure d : disclosures) {
            // Labels are known only once parsed; each is repeated on every page that shows its figures.
            for (DataTable t : d.parsed().tables()) {
                t.rows().forEach(r -> FieldLimits.require(r.label(), labelLimit, "row label", "label", r.ref()));
                t.columns().forEach(c -> FieldLimits.require(c.label(), labelLimit, "column label", "label", c.ref()));
            }
            // Rows of every table, then columns, then whole-table subjects: the order each entity page lists them in.
            for (TableLinks t : d.links().values()) {
                t.rows().forEach((row, m) -> addFigure(figures, m, new EntityRef(d.slug(), t.tableId(), row, -1, m)));
            }
            for (TableLinks t : d.links().values()) {
                t.columns().forEach((column, m) -> addFigure(figures, m, new EntityRef(d.slug(), t.tableId(), -1, column, m)));
            }
            for (TableLinks t : d.links().values()) {
                t.subjects().forEach(m -> addFigure(figures, m, new EntityRef(d.slug(), t.tableId(), -1, -1, m)));
            }
            DisclosureEntities e = d.entities();
            e.offenceMentions().forEach(code -> mentions.computeIfAbsent(new EntityKey(Dimension.OFFENCE, code), k -> new TreeSet<>()).add(d.slug()));
            e.outcomeMentions().forEach(type -> mentions.computeIfAbsent(new EntityKey(Dimension.OUTCOME, type), k -> new TreeSet<>()).add(d.slug()));
        }
        SortedMap<EntityKey, List<EntityRef>> frozenFigures = new TreeMap<>();
        figures.forEach((k, v) -> frozenFigures.put(k, List.copyOf(v)));
        SortedMap<EntityKey, SortedSet<String>> frozenMentions = new TreeMap<>();
        mentions.forEach((k, v) -> frozenMentions.put(k, Collections.unmodifiableSortedSet(v)));
        Map<String, Disclosure> bySlug = new HashMap<>();
        disclosures.forEach(d -> bySlug.put(d.slug(), d));
        return new Handbook(List.copyOf(disclosures), taxonomies, List.copyOf(pages), settings,
                Collections.unmodifiableSortedMap(frozenFigures), Collections.unmodifiableSortedMap(frozenMentions),
                Collections.unmodifiableMap(bySlug));
    }

    private static void addFigure(SortedMap<EntityKey, List<EntityRef>> figures, EntityMatch m, EntityRef ref) {
        if (m.isEntity()) {
            figures.computeIfAbsent(new EntityKey(m.dimension(), m.key()), k -> new ArrayList<>()).add(ref);
        }
    }

    public List<EntityRef> figures(Dimension dimension, String key) {
        return figures.getOrDefault(new EntityKey(dimension, key), List.of());
    }

    public SortedSet<String> mentions(Dimension dimension, String key) {
        return mentions.getOrDefault(new EntityKey(dimension, key), Collections.emptySortedSet());
    }

    /** Keys of a dimension that have figures or mentions, in the dimension's order: each gets a page. */
    public List<String> keysWithPages(Dimension dimension) {
        SortedSet<EntityKey> keys = new TreeSet<>();
        figures.keySet().stream().filter(k -> k.dimension() == dimension).forEach(keys::add);
        mentions.keySet().stream().filter(k -> k.dimension() == dimension).forEach(keys::add);
        return keys.stream().map(EntityKey::key).toList();
    }

    public Disclosure disclosure(String slug) {
        Disclosure d = bySlug.get(slug);
        if (d == null) {
            throw new IllegalArgumentException("no disclosure " + slug);
        }
        return d;
    }

    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        disclosures.forEach(d -> all.addAll(d.problems()));
        return List.copyOf(all);
    }

    /**
     * The figure at a row and column of a disclosure's table; empty where the table has no such cell (a table
     * published with headers and no rows has none, yet its caption may still name what it is about).
     */
    public Optional<Figure> figure(String slug, String tableId, int row, int column) {
        DataTable t = disclosure(slug).parsed().table(tableId);
        if (row < 0 || row >= t.rows().size() || column < 0 || column >= t.rows().get(row).cells().size()) {
            return Optional.empty();
        }
        return Optional.of(new Figure(slug, tableId, row, column, t.rows().get(row).cell(column)));
    }
}
