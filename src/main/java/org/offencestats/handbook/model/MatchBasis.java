package org.offencestats.handbook.model;

/** Why a label was linked to an entity: shown beside the figure so readers can judge the link. */
public enum MatchBasis {
    /** The source states a valid code for the row. */
    CODE,
    /** The wording matches an alias in the maintained taxonomy. */
    DESCRIPTION,
    /** An editorial correction in the sidecar sets it. */
    CORRECTION,
    /** The label names no entity ("-", "Not recorded"). */
    NOT_CLASSIFIABLE
}
