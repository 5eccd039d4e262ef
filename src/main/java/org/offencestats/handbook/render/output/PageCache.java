package org.offencestats.handbook.render.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Rendered outputs kept between rebuilds of a preview, each with the inputs it was made from. An output is reused
 * only when its inputs are the same: model objects compared by identity (a rebuild keeps the very instance of every
 * disclosure whose source, sidecar and taxonomies did not change; the model is immutable) and everything else by
 * value. A template change empties the cache. A full build uses {@link #none()}, which never reuses anything.
 */
public final class PageCache {

    private record Entry(List<Object> inputs, Object output) {
    }

    /** A model object as an input: equal only to itself. */
    private record Same(Object object) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    private static final PageCache NONE = new PageCache(false);

    private final boolean enabled;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();

    private PageCache(boolean enabled) {
        this.enabled = enabled;
    }

    public static PageCache none() {
        return NONE;
    }

    public static PageCache create() {
        return new PageCache(true);
    }

    /** Whether outputs are kept between rebuilds (the preview), rather than made every time (a full build). */
    public boolean keeps() {
        return enabled;
    }

    /** Inputs: each model object by identity, in order. */
    public static List<Object> same(Collection<?> objects) {
        List<Object> inputs = new ArrayList<>(objects.size());
        objects.forEach(o -> inputs.add(new Same(o)));
        return inputs;
    }

    public static Object same(Object object) {
        return new Same(object);
    }

    /**
     * The output named {@code key}: the one made last time if {@code inputs} are the same, else a new one. Each key is
     * asked for at most once a rebuild.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, List<Object> inputs, Supplier<T> make) {
        if (!enabled) {
            return make.get();
        }
        if (!used.add(key)) {
            // Keys are plain strings shared by every kind of output: two outputs under one key would hand each other's
            // output back (or the wrong type) on the next rebuild.
            throw new IllegalStateException("two outputs of one rebuild share the cache key '" + key + "'");
        }
        Entry entry = entries.get(key);
        if (entry != null && entry.inputs().equals(inputs)) {
            reused.incrementAndGet();
            return (T) entry.output();
        }
        T output = make.get();
        made.incrementAndGet();
        entries.put(key, new Entry(inputs, output));
        return output;
    }

    /**
     * The output named {@code key} as made by the last rebuild, whatever its inputs; null when there is none. For an
     * output whose maker can tell, from the values it shows, that the output it would make is the same.
     */
    @SuppressWarnings("unchecked")
    public <T> T previous(String key) {
        Entry entry = enabled ? entries.get(key) : null;
        return entry == null ? null : (T) entry.output();
    }

    /** How many cached outputs a rebuild made afresh and how many it reused. */
    public record Stats(int made, int reused) {
    }

    /** Ends a rebuild: forgets the outputs it did not ask for (deleted pages) and returns its counts. */
    public Stats finish() {
        entries.keySet().retainAll(used);
        used.clear();
        return new Stats(made.getAndSet(0), reused.getAndSet(0));
    }

    /** Ends a failed rebuild: keeps every output (each is right for its inputs) and resets the counts. */
    public void abandon() {
        used.clear();
        made.set(0);
        reused.set(0);
    }

    public void clear() {
        entries.clear();
    }
}
