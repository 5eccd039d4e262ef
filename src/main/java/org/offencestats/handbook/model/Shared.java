package org.offencestats.handbook.model;

/**
 * One shared instance of a text that recurs across the model. A large handbook holds millions of short texts of which
 * few are distinct (cell figures, labels, keys, table ids); the JVM's string table keeps one copy of each, and lets
 * go of it when nothing uses it any more, so sharing costs no lasting state of the handbook's own.
 */
final class Shared {

    /** Texts longer than this are rarely repeated; sharing them would only cost a lookup. */
    private static final int LONGEST = 120;

    private Shared() {
    }

    static String text(String text) {
        return text == null || text.length() > LONGEST ? text : text.intern();
    }
}
