package org.offencestats.handbook.model;

/** What a table cell held in the source. A dash, a blank and a zero are different statements and stay different. */
public enum CellKind {
    /** A count as published. */
    NUMBER,
    /** Published as "-": the source gives no figure (often read as nil, but the source does not say so). */
    DASH,
    /** Published empty. */
    BLANK,
    /** The cell held text the parser could not read as a figure; reported as a problem, never read as 0. */
    UNREADABLE,
    /** The cell is missing from the source (e.g. lost when two rows were interleaved); reported, never 0. */
    LOST;

    public String describe() {
        return switch (this) {
            case NUMBER -> "figure";
            case DASH -> "published as \"-\"";
            case BLANK -> "published blank";
            case UNREADABLE -> "unreadable";
            case LOST -> "lost in the source";
        };
    }
}
