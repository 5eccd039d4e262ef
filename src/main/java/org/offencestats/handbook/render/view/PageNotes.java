package org.offencestats.handbook.render.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered notes of one page: footnotes, partial periods, scope, audit findings, corrections and reading
 * notes, numbered in the order they are first attached. The same note attached twice keeps one number.
 */
public final class PageNotes {

    /** A numbered note: its kind ("Footnote", "Partial period", ...) and text. */
    public record Note(int number, String kind, String text) {
    }

    private final Map<String, Note> notes = new LinkedHashMap<>();

    public int add(String kind, String text) {
        return notes.computeIfAbsent(kind + "\u0000" + text, k -> new Note(notes.size() + 1, kind, text)).number();
    }

    public Note get(int number) {
        return notes.values().stream().filter(n -> n.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no note " + number));
    }

    public List<Note> all() {
        return new ArrayList<>(notes.values());
    }
}
