package org.offencestats.handbook.paths;

import java.util.Set;

/**
 * Names the site writes itself, so content may not take them: a disclosure called "index" would overwrite the list of
 * disclosures, an editorial page called "search" the search page. Kept beside {@link Links}, which writes those files.
 */
public final class ReservedNames {

    /** The file name of every list page ("disclosures/index.html", "offences/index.html"). */
    public static final String INDEX = "index";

    /** Disclosure slugs that would collide with a file in disclosures/. */
    public static final Set<String> DISCLOSURE_SLUGS = Set.of(INDEX);

    /** Editorial page slugs that would collide with a page at the site root. */
    public static final Set<String> PAGE_SLUGS = Set.of(INDEX, "search", "data", "404", "corrections");

    private ReservedNames() {
    }
}
