package org.offencestats.handbook.render.page;

import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.parse.CodeReader;

import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The exact keys of the search index, in the one canonical form that {@code search.js} turns a query into: an offence
 * code as "086/02" (however it is written: "86/2", "086/2"), an outcome type as "outcome 21", an offence class as
 * "class 21", a disclosure reference as "2572/15" or "1040a/22" (lower case, no spaces, "-" or "_" read as "/").
 * A query that is exactly one of these lists the pages it names first, then the pages that mention it, then the
 * fuzzy matches of its words.
 */
final class SearchKeys {

    private SearchKeys() {
    }

    /** An offence code in canonical form ("086/02"); a code the reader cannot normalise is kept as written. */
    static String offence(String code) {
        String canonical = CodeReader.canonicalOrNull(code);
        return canonical == null ? code.strip().toLowerCase(Locale.ROOT) : canonical;
    }

    static String outcome(String type) {
        return "outcome " + type.strip().replaceFirst("^0+(?=\\d)", "").toLowerCase(Locale.ROOT);
    }

    static String offenceClass(String id) {
        return "class " + id.strip().toLowerCase(Locale.ROOT);
    }

    /** A disclosure reference ("1040A/22", "FOI 2572-15"): lower case, spaces removed, "-", "_" and "\" read as "/". */
    static String reference(String reference) {
        return reference.toLowerCase(Locale.ROOT).replaceFirst("^\\s*(?:foi|ref(?:erence)?|request)[\\s.:#]*", "")
                .replaceAll("\\s+", "").replaceAll("[-_\\\\]", "/");
    }

    /** The offence codes and outcome types a disclosure names: in its text, its questions and its tables' labels. */
    static SortedSet<String> mentionedBy(Disclosure d) {
        SortedSet<String> keys = new TreeSet<>();
        d.entities().offenceMentions().forEach(c -> keys.add(offence(c)));
        d.entities().outcomeMentions().forEach(t -> keys.add(outcome(t)));
        for (EntityKey e : d.linkedEntities()) {
            if (e.dimension() == Dimension.OFFENCE) {
                keys.add(offence(e.key()));
            } else if (e.dimension() == Dimension.OUTCOME) {
                keys.add(outcome(e.key()));
            }
        }
        return keys;
    }
}
