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
    LOST,
    /** Withheld to protect people ("*", "<5", "x", "[c]"): a small number the force would not publish, never 0. */
    SUPPRESSED,
    /** Published as "n/a": the figure does not apply. */
    NOT_APPLICABLE,
    /** Published in words as nil ("Nil", "None"): the force says none, in words; shown as published. */
    NIL,
    /** The force holds no information for this cell ("no information held"): unknown, never 0. */
    NOT_HELD;

    public String describe() {
        return switch (this) {
            case NUMBER -> "figure";
            case DASH -> "published as \"-\"";
            case BLANK -> "published blank";
            case UNREADABLE -> "unreadable";
            case LOST -> "lost in the source";
            case SUPPRESSED -> "withheld (suppressed) by the force";
            case NOT_APPLICABLE -> "published as \"n/a\"";
            case NIL -> "published as nil, in words";
            case NOT_HELD -> "no information held";
        };
    }

    /**
     * Whether a total that includes this cell cannot be checked: the cell stands for a count nobody can read
     * (unreadable, lost, withheld, not held). A dash, blank, "n/a" or "Nil" adds nothing but is no obstacle.
     */
    public boolean hidesACount() {
        return this == UNREADABLE || this == LOST || this == SUPPRESSED || this == NOT_HELD;
    }
}
