package org.offencestats.handbook.model;

import java.util.List;

/** A Home Office offence code (canonical NNN/NN) from the maintained taxonomy, with the wordings forces use. */
public record OffenceDefinition(String code, String description, String group, List<String> aliases, String source) {

    public OffenceDefinition {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
