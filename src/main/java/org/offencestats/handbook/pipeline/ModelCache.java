package org.offencestats.handbook.pipeline;

import org.offencestats.handbook.ingest.FileReads;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.DisclosureSource;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.PageSource;
import org.offencestats.handbook.model.SiteSettings;
import org.offencestats.handbook.model.Taxonomies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Model objects kept between rebuilds of the preview. A disclosure is parsed, linked and audited again only when
 * its text, its sidecar or the taxonomies changed; otherwise the very same (immutable) instance is reused, which is
 * what lets the render stage recognise unchanged pages by identity. A fresh cache reuses nothing. With {@link FileReads}
 * an unchanged input file is not even read again.
 */
final class ModelCache {

    private record Key(String sha256, Object meta, String sidecarFile, String file) {
    }

    private record Entry(Key key, Disclosure disclosure) {
    }

    private final FileReads reads;
    private volatile Taxonomies taxonomies;
    private volatile SiteSettings settings;
    private final Map<String, Entry> disclosures = new ConcurrentHashMap<>();
    /** What the last model was assembled from (each object by identity), and that model. */
    private List<Object> assembledFrom = List.of();
    private Handbook assembled;

    /** A cache that reuses nothing it read: a full build's. */
    ModelCache() {
        this(FileReads.none());
    }

    /** {@code reads}: what was read from each input file, reused while the file is unchanged. */
    ModelCache(FileReads reads) {
        this.reads = reads;
    }

    FileReads reads() {
        return reads;
    }

    /** The taxonomies, as the previous instance if they are equal to it; new taxonomies make every disclosure stale. */
    Taxonomies taxonomies(Taxonomies read) {
        if (read.equals(taxonomies)) {
            return taxonomies;
        }
        taxonomies = read;
        disclosures.clear();
        return read;
    }

    SiteSettings settings(SiteSettings read) {
        if (!read.equals(settings)) {
            settings = read;
        }
        return settings;
    }

    Disclosure disclosure(DisclosureSource source, Supplier<Disclosure> build) {
        Key key = new Key(source.text().sha256(), source.meta(), source.sidecarFile(), source.text().file());
        Entry entry = disclosures.get(source.slug());
        if (entry != null && entry.key().equals(key)) {
            return entry.disclosure();
        }
        Disclosure d = build.get();
        disclosures.put(source.slug(), new Entry(key, d));
        return d;
    }

    /**
     * The model of these parts: the previous one when every part is the very instance it was made from (the model is
     * immutable, and a part read again unchanged is the same instance), so a rebuild with nothing changed can reuse
     * all that was made from it.
     */
    Handbook handbook(List<Disclosure> list, Taxonomies t, List<PageSource> pages, SiteSettings s, Supplier<Handbook> assemble) {
        List<Object> parts = new ArrayList<>(list.size() + pages.size() + 2);
        parts.add(t);
        parts.add(s);
        parts.addAll(pages);
        parts.addAll(list);
        if (assembled != null && sameInstances(parts, assembledFrom)) {
            return assembled;
        }
        Handbook previous = assembled;
        assembled = null;
        Handbook handbook = previous == null ? assemble.get() : keepingEqualLists(previous, assemble.get());
        assembledFrom = parts;
        assembled = handbook;
        return handbook;
    }

    /**
     * {@code fresh}, with each entity's references and mentions replaced by the previous model's list or set when equal
     * to it, so that whatever was made from them is recognised at once (equal by identity). Only the entities that a
     * disclosure changed, added or removed since then may differ: the others are made of the same disclosures'
     * contributions, and are taken as they were without comparing them.
     */
    private static Handbook keepingEqualLists(Handbook previous, Handbook fresh) {
        Set<String> changed = new java.util.HashSet<>();
        fresh.bySlug().forEach((slug, d) -> {
            if (previous.bySlug().get(slug) != d) {
                changed.add(slug);
            }
        });
        previous.bySlug().keySet().stream().filter(slug -> !fresh.bySlug().containsKey(slug)).forEach(changed::add);
        SortedMap<EntityKey, List<EntityRef>> figures = new TreeMap<>();
        fresh.figures().forEach((key, refs) -> {
            List<EntityRef> before = previous.figures().get(key);
            boolean kept = before != null && (!fedBy(before, changed) && !fedBy(refs, changed) || before.equals(refs));
            figures.put(key, kept ? before : refs);
        });
        SortedMap<EntityKey, SortedSet<String>> mentions = new TreeMap<>();
        fresh.mentions().forEach((key, slugs) -> {
            SortedSet<String> before = previous.mentions().get(key);
            mentions.put(key, before != null && before.equals(slugs) ? before : slugs);
        });
        return new Handbook(fresh.disclosures(), fresh.taxonomies(), fresh.pages(), fresh.settings(),
                Collections.unmodifiableSortedMap(figures), Collections.unmodifiableSortedMap(mentions), fresh.bySlug());
    }

    private static boolean fedBy(List<EntityRef> refs, Set<String> slugs) {
        if (slugs.isEmpty()) {
            return false;
        }
        String last = null;
        for (EntityRef r : refs) {
            // A disclosure's references come together, their slug one shared string: looked up once.
            if (r.disclosureSlug() != last) {
                last = r.disclosureSlug();
                if (slugs.contains(last)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameInstances(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Forgets disclosures that are no longer in content/. */
    void retain(List<Disclosure> current) {
        Set<String> slugs = current.stream().map(Disclosure::slug).collect(Collectors.toSet());
        disclosures.keySet().removeIf(slug -> !slugs.contains(slug));
    }

    @Override
    public String toString() {
        return "ModelCache[" + disclosures.size() + " disclosures, taxonomies " + (Objects.isNull(taxonomies) ? "none" : "kept") + "]";
    }
}
