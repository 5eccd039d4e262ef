package org.offencestats.handbook.model;

/**
 * The offence code a row states in the source: the raw text, the code in canonical NNN/NN form when a
 * well-formed one is really there (else null), and how the cell read.
 */
public record RowCode(String raw, String code, CodeQuality quality) {

    public static final RowCode NONE = new RowCode("", null, CodeQuality.ABSENT);
}
