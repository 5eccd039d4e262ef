package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.PageLink;
import org.offencestats.handbook.render.view.Views.Pager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits long lists over numbered pages so that no page grows with the number of disclosures: an offence reported
 * by thousands of disclosures gets a summary page and pages of {@value #DISCLOSURES_PER_PAGE} disclosures each.
 */
public final class Paging {

    static final int DISCLOSURES_PER_PAGE = 20;
    static final int LINKS_PER_PAGE = 200;
    /** Pages linked either side of the current one; the first and last are always linked. */
    private static final int WINDOW = 2;

    /** One page's share of an entity's figures (whole disclosures, never split), of its figures under combined labels, and of its mentions. */
    record Slice(int number, int count, List<EntityRef> refs, List<EntityRef> combinedRefs, List<String> mentions) {
        boolean first() {
            return number == 1;
        }
    }

    private Paging() {
    }

    static List<Slice> slices(List<EntityRef> refs, List<EntityRef> combinedRefs, Collection<String> mentions) {
        List<List<EntityRef>> own = byDisclosure(refs);
        List<List<EntityRef>> combined = byDisclosure(combinedRefs);
        List<String> mentioned = List.copyOf(mentions);
        int count = Math.max(1, Math.max(pages(own.size(), DISCLOSURES_PER_PAGE),
                Math.max(pages(combined.size(), DISCLOSURES_PER_PAGE), pages(mentioned.size(), LINKS_PER_PAGE))));
        List<Slice> slices = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            slices.add(new Slice(n, count, flat(slice(own, n, DISCLOSURES_PER_PAGE)), flat(slice(combined, n, DISCLOSURES_PER_PAGE)),
                    slice(mentioned, n, LINKS_PER_PAGE)));
        }
        return slices;
    }

    static <T> List<T> slice(List<T> items, int number, int perPage) {
        int from = Math.min(items.size(), (number - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }

    static int pages(int items, int perPage) {
        return (items + perPage - 1) / perPage;
    }

    /** The pager of page {@code number} of {@code count} of the list whose first page is {@code first}; null when there is one page. */
    static Pager pager(String first, int number, int count, String root, String summary) {
        if (count <= 1) {
            return null;
        }
        List<PageLink> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - number) <= WINDOW) {
                if (last != 0 && n > last + 1) {
                    pages.add(new PageLink("…", null, true));
                }
                pages.add(new PageLink(String.valueOf(n), n == number ? null : root + Links.numbered(first, n), false));
                last = n;
            }
        }
        Link previous = number > 1 ? new Link("Previous page", root + Links.numbered(first, number - 1)) : null;
        Link next = number < count ? new Link("Next page", root + Links.numbered(first, number + 1)) : null;
        return new Pager(number, count, "Page " + number + " of " + count + (summary == null ? "" : ": " + summary), previous, next, pages);
    }

    /** "disclosures 21 to 40 of 93" */
    static String range(String noun, int number, int perPage, int total) {
        if (total == 0) {
            return null;
        }
        int from = Math.min(total, (number - 1) * perPage + 1);
        int to = Math.min(total, number * perPage);
        return from > to || (number - 1) * perPage >= total ? "no further " + noun + " (" + Format.number(total) + " in all)"
                : noun + " " + Format.number(from) + " to " + Format.number(to) + " of " + Format.number(total);
    }

    private static List<List<EntityRef>> byDisclosure(List<EntityRef> refs) {
        Map<String, List<EntityRef>> by = new LinkedHashMap<>();
        refs.forEach(r -> by.computeIfAbsent(r.disclosureSlug(), k -> new ArrayList<>()).add(r));
        return List.copyOf(by.values());
    }

    private static List<EntityRef> flat(List<List<EntityRef>> groups) {
        return groups.stream().flatMap(List::stream).toList();
    }

    static int disclosures(List<EntityRef> refs) {
        return (int) refs.stream().map(EntityRef::disclosureSlug).distinct().count();
    }
}
