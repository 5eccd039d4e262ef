package org.offencestats.handbook.model;

/** How a row's offence-code cell read. The raw text is always kept beside it. */
public enum CodeQuality {
    /** The table has no code column, or the cell is empty. */
    ABSENT,
    /** A well-formed code and nothing else, e.g. "071/17". */
    CLEAN,
    /** A well-formed code followed by stray characters, e.g. "073/07 v": the code is taken, the rest flagged. */
    WITH_DEBRIS,
    /** Text that holds no code, e.g. "(", "s", "N Q a": flagged, no code taken. */
    GARBLED
}
