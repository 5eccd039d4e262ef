package org.offencestats.handbook.model;

import java.util.List;

/** An age band with inclusive bounds (null where open). */
public record AgeBandDefinition(String id, String label, Integer min, Integer max, List<String> aliases, String source) {

    public AgeBandDefinition {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
