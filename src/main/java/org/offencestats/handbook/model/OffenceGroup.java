package org.offencestats.handbook.model;

import java.util.List;

/**
 * A notifiable offence class such as 88A "Sexual grooming". {@code aliases} are wordings whose class is certain
 * but whose exact offence code the reference sources do not settle.
 */
public record OffenceGroup(String id, String name, String note, List<String> aliases, String source) {

    public OffenceGroup {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
