package org.offencestats.handbook.model;

/** A disclosure as found in content/: its text and its sidecar metadata. */
public record DisclosureSource(String slug, SourceText text, DisclosureMeta meta, String sidecarFile) {
}
