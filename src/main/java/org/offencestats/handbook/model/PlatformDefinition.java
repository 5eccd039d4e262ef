package org.offencestats.handbook.model;

import java.util.List;

/**
 * A platform or app. {@code kind} is "service" (a named service), "generic" ("online") or "combination"
 * (a label naming several together, whose figures are never split between them; {@code includes} names them).
 */
public record PlatformDefinition(String id, String name, String kind, List<String> includes, String description,
                                 List<String> aliases, String source) {

    public PlatformDefinition {
        includes = includes == null ? List.of() : List.copyOf(includes);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
