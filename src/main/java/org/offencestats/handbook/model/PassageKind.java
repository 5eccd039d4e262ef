package org.offencestats.handbook.model;

/** The role a line of narrative plays in a disclosure. */
public enum PassageKind {
    /** The source's own title line, e.g. "... (1040A/22)". */
    SOURCE_TITLE,
    /** A heading: a bold line or a line that introduces what follows. */
    HEADING,
    /** A table's number ("TABLE 3") or the caption the table takes as its title. */
    TABLE_CAPTION,
    /** A numbered question of the request (the passage carries the question id). */
    QUESTION,
    /** A question repeated in the answer section, before its answer. */
    QUESTION_RESTATED,
    /** A list item that is not a question (conditions, platforms, codes). */
    LIST_ITEM,
    /** An ordinary sentence of the answer. */
    TEXT,
    /** A caution on how to read the figures. */
    CAVEAT,
    /** A refusal or exemption (FOI Act sections 12, 21, 23(5)...) or an attachment the text names but lacks. */
    EXEMPTION,
    /** A footnote under a table. */
    FOOTNOTE,
    /** Web-page or template debris that is not content ("Skip to content"): kept, listed, not shown as text. */
    DEBRIS
}
