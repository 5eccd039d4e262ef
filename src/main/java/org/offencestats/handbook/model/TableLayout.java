package org.offencestats.handbook.model;

/** How a table was laid out in the source text. */
public enum TableLayout {
    TABS,
    /** Label and figure separated by spaces only ("Community Resolution 3"). */
    SPACES
}
