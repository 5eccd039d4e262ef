package org.offencestats.handbook.model;

import java.util.List;

/** A Home Office crime outcome type ("15", "1A") with a plain-English explanation and the wordings forces use. */
public record OutcomeDefinition(String type, String name, String explanation, List<String> aliases, String source) {

    public OutcomeDefinition {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
