package org.offencestats.handbook.model;

import java.util.List;

/**
 * A source file as published: its path relative to content/, its lines (line terminators removed), its bytes
 * exactly as read (the site republishes them unchanged), and their SHA-256 so a reader can check the copy.
 */
public record SourceText(String file, List<String> lines, String sha256, byte[] bytes) {

    public SourceText {
        lines = List.copyOf(lines);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public String line(int oneBased) {
        return lines.get(oneBased - 1);
    }
}
