package org.offencestats.handbook.model;

import java.util.List;

/** Everything read from content/, sorted by slug so later stages see a stable order. */
public record ContentSet(List<DisclosureSource> disclosures, List<PageSource> pages, Taxonomies taxonomies, SiteSettings settings) {

    public ContentSet {
        disclosures = List.copyOf(disclosures);
        pages = List.copyOf(pages);
    }
}
