package org.offencestats.handbook.model;

/** Why a label was linked to an entity: shown beside the figure so readers can judge the link. */
public enum MatchBasis {
    /** The source states a valid code for the row. */
    CODE,
    /** The wording matches an alias in the maintained taxonomy. */
    DESCRIPTION,
    /** The label has the form of a period ("2015", "2021/22"). */
    PATTERN,
    /** An editorial correction in the sidecar sets it. */
    CORRECTION,
    /** The label names no entity ("-", "Not recorded", "unknown"), as the taxonomy records. */
    NOT_CLASSIFIABLE,
    /** The label is a total or the table's measure, not an entity. */
    TOTAL
}
