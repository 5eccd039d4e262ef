package org.offencestats.handbook.render.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCacheTest {

    @Test
    void reusesAnOutputWhileItsInputsAreEqualAndMakesItAgainWhenTheyChange() {
        PageCache cache = PageCache.create();
        Object model = new Object();
        String first = cache.get("page", List.of("a", PageCache.same(model)), () -> new String("made 1"));
        assertThat(cache.finish()).isEqualTo(new PageCache.Stats(1, 0));
        String again = cache.get("page", List.of("a", PageCache.same(model)), () -> "made 2");
        assertThat(again).isSameAs(first);
        assertThat(cache.finish()).isEqualTo(new PageCache.Stats(0, 1));
        String changed = cache.get("page", List.of("a", PageCache.same(new Object())), () -> "made 3");
        assertThat(changed).isEqualTo("made 3");
    }

    @Test
    void twoOutputsUnderOneKeyInOneRebuildAreRefusedRatherThanMixedUp() {
        PageCache cache = PageCache.create();
        cache.get("data:x", List.of(), () -> "a disclosure's open data");
        assertThatThrownBy(() -> cache.get("data:x", List.of(), () -> 42))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("data:x");
        cache.finish();
        // A new rebuild may ask for the key again.
        assertThat((String) cache.get("data:x", List.of(), () -> "again")).isEqualTo("a disclosure's open data");
    }

    @Test
    void aFullBuildKeepsNothing() {
        PageCache none = PageCache.none();
        assertThat((String) none.get("k", List.of(), () -> "one")).isEqualTo("one");
        assertThat((String) none.get("k", List.of(), () -> "two")).isEqualTo("two");
    }
}
