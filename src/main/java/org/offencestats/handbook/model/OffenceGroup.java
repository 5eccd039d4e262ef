package org.offencestats.handbook.model;

/** A notifiable offence class such as 88A "Sexual grooming". */
public record OffenceGroup(String id, String name, String note, String source) {
}
