package org.offencestats.handbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole site model: disclosures, taxonomies, editorial pages, and the cross-references between them
 * as sorted maps of keys (offence code or outcome type to the places they occur), so output order is stable.
 */
public record Handbook(List<Disclosure> disclosures, Taxonomies taxonomies, List<PageSource> pages,
                       SortedMap<String, List<EntityRef>> offenceFigures, SortedMap<String, SortedSet<String>> offenceMentions,
                       SortedMap<String, List<EntityRef>> outcomeFigures, SortedMap<String, SortedSet<String>> outcomeMentions) {

    public static Handbook assemble(List<Disclosure> disclosures, Taxonomies taxonomies, List<PageSource> pages) {
        SortedMap<String, List<EntityRef>> offenceFigures = new TreeMap<>();
        SortedMap<String, List<EntityRef>> outcomeFigures = new TreeMap<>();
        SortedMap<String, SortedSet<String>> offenceMentions = new TreeMap<>();
        SortedMap<String, SortedSet<String>> outcomeMentions = new TreeMap<>();
        for (Disclosure d : disclosures) {
            DisclosureEntities e = d.entities();
            for (RowEntities r : e.rows()) {
                if (r.offence() != null && r.offence().key() != null) {
                    offenceFigures.computeIfAbsent(r.offence().key(), k -> new ArrayList<>())
                            .add(new EntityRef(d.slug(), r.tableId(), r.row(), -1, r.offence()));
                }
                if (r.outcome() != null && r.outcome().key() != null) {
                    outcomeFigures.computeIfAbsent(r.outcome().key(), k -> new ArrayList<>())
                            .add(new EntityRef(d.slug(), r.tableId(), r.row(), -1, r.outcome()));
                }
            }
            for (ColumnEntities c : e.columns()) {
                if (c.outcome().key() != null) {
                    outcomeFigures.computeIfAbsent(c.outcome().key(), k -> new ArrayList<>())
                            .add(new EntityRef(d.slug(), c.tableId(), -1, c.column(), c.outcome()));
                }
            }
            e.offenceMentions().forEach(code -> offenceMentions.computeIfAbsent(code, k -> new TreeSet<>()).add(d.slug()));
            e.outcomeMentions().forEach(type -> outcomeMentions.computeIfAbsent(type, k -> new TreeSet<>()).add(d.slug()));
        }
        return new Handbook(List.copyOf(disclosures), taxonomies, List.copyOf(pages), freeze(offenceFigures),
                freezeSets(offenceMentions), freeze(outcomeFigures), freezeSets(outcomeMentions));
    }

    private static SortedMap<String, List<EntityRef>> freeze(SortedMap<String, List<EntityRef>> map) {
        SortedMap<String, List<EntityRef>> copy = new TreeMap<>(map.comparator());
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableSortedMap(copy);
    }

    private static SortedMap<String, SortedSet<String>> freezeSets(SortedMap<String, SortedSet<String>> map) {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Offence codes with a page: every code with figures or a mention in some disclosure. */
    public SortedSet<String> offenceCodesWithPages() {
        SortedSet<String> codes = new TreeSet<>(offenceFigures.keySet());
        codes.addAll(offenceMentions.keySet());
        return Collections.unmodifiableSortedSet(codes);
    }

    /** Outcome types with a page, in the framework's order (1, 1A, 2, ... 22). */
    public List<String> outcomeTypesWithPages() {
        SortedSet<String> types = new TreeSet<>(OUTCOME_ORDER);
        types.addAll(outcomeFigures.keySet());
        types.addAll(outcomeMentions.keySet());
        return List.copyOf(types);
    }

    public Disclosure disclosure(String slug) {
        return disclosures.stream().filter(d -> d.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no disclosure " + slug));
    }

    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        disclosures.forEach(d -> all.addAll(d.problems()));
        return List.copyOf(all);
    }

    /** Outcome types sort by number, then letter: "1" < "1A" < "2" < "10". */
    public static final java.util.Comparator<String> OUTCOME_ORDER = java.util.Comparator
            .comparingInt((String t) -> Integer.parseInt(t.replaceAll("\\D", "").isEmpty() ? "0" : t.replaceAll("\\D", "")))
            .thenComparing(t -> t);
}
