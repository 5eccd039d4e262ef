package org.offencestats.handbook.model;

import java.time.LocalDate;

/** A period a disclosure covers, as its sidecar records it. {@code partialNote} quotes the source. */
public record PeriodMeta(String label, String kind, LocalDate start, LocalDate end, boolean partial, String partialNote) {
}
