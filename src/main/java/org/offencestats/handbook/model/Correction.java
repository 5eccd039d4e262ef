package org.offencestats.handbook.model;

import java.time.LocalDate;

/**
 * An editorial correction recorded in a sidecar. The source text is never edited: the correction is applied
 * to the model and shown on the site as a correction, with its date and reason.
 * {@code table} and {@code row} locate the figure (table number and row label as published);
 * {@code offenceCode}, when set, overrides the offence the row maps to.
 */
public record Correction(LocalDate date, Integer table, String row, String offenceCode, String what, String why) {
}
