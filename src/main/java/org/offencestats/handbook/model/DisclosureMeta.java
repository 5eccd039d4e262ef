package org.offencestats.handbook.model;

import java.time.LocalDate;
import java.util.List;

/** What a disclosure's YAML sidecar records about it. Unknown values are null, never guessed. */
public record DisclosureMeta(String force, String reference, String title, String subject, LocalDate requestDate,
                             LocalDate responseDate, String url, List<PeriodMeta> periods, String scope,
                             List<String> notes, List<Correction> corrections) {

    public DisclosureMeta {
        periods = periods == null ? List.of() : List.copyOf(periods);
        notes = notes == null ? List.of() : List.copyOf(notes);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }
}
