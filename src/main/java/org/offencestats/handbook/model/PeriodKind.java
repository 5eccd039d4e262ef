package org.offencestats.handbook.model;

/**
 * A kind of period that labels name: labels matching {@code labelPattern} (with a named group "year") start on
 * {@code starts} (MM-DD) of that year and last {@code months}.
 */
public record PeriodKind(String id, String name, String labelPattern, String starts, int months, String definition,
                         String source) {
}
