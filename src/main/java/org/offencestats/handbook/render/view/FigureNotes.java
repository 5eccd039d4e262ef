package org.offencestats.handbook.render.view;

import org.offencestats.handbook.render.view.FigureNotes;
import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.Footnote;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableLinks;

import java.util.ArrayList;
import java.util.List;

/**
 * Which notes qualify a table, a label, a row or a cell: footnotes by their marks, partial periods, how a row was
 * read or linked, corrections, and audit findings. The pages number these; the open data lists them by figure.
 */
public final class FigureNotes {

    /** A note's kind ("Footnote", "Partial period", ...) and text. */
    public record Note(String kind, String text) {
    }

    private FigureNotes() {
    }

    public static List<Note> table(Disclosure d, DataTable t) {
        List<Note> notes = new ArrayList<>();
        if (d.meta().scope() != null) {
            notes.add(new Note("Scope", d.meta().scope()));
        }
        for (AuditFinding f : d.audit(t.id()).findings()) {
            if (f.kind() == FindingKind.TOTAL_RECOVERED) {
                notes.add(new Note("Audit", f.message()));
            }
        }
        for (Footnote f : t.footnotes()) {
            if (!markUsed(t, f.mark())) {
                notes.add(new Note("Footnote", footnote(f)));
            }
        }
        return notes;
    }

    /** Notes for a label's footnote marks, and its partial period where no footnote already says so. */
    public static List<Note> label(DataTable t, List<String> marks, String periodNote) {
        List<Note> notes = new ArrayList<>();
        boolean periodSaid = false;
        for (String mark : marks) {
            for (Footnote f : t.footnotes()) {
                if (f.mark().equals(mark)) {
                    notes.add(new Note("Footnote", footnote(f)));
                    periodSaid |= f.text().equals(periodNote);
                }
            }
        }
        if (periodNote != null && !periodSaid) {
            notes.add(new Note("Partial period", "The period is partial: \"" + periodNote + "\"."));
        }
        return notes;
    }

    public static List<Note> row(Disclosure d, DataTable t, Row r) {
        List<Note> notes = new ArrayList<>(label(t, r.marks(), r.periodNote()));
        if (r.readingNote() != null) {
            notes.add(new Note("How the row was read", r.readingNote()));
        }
        EntityMatch match = r.total() ? null : d.links(t.id()).row(r.index());
        // Only links that need explaining carry a note: corrections, garbled codes, class-only links.
        if (match != null && match.note() != null && match.basis() != MatchBasis.TOTAL && match.dimension() != Dimension.PERIOD) {
            notes.add(new Note(match.basis() == MatchBasis.CORRECTION ? "Correction" : "How the row was linked", matchNote(match)));
        }
        return notes;
    }

    /** Footnotes on the cell itself and, for a total, what the audit found about it. */
    public static List<Note> cell(DataTable t, Cell c, boolean total, TableLinks links, int row, int column) {
        List<Note> notes = new ArrayList<>(label(t, c.marks(), null));
        // A recovered row shares its line and columns with the row it was interleaved with: findings go to totals only.
        if (total) {
            for (AuditFinding f : links.findings(row, column)) {
                if (f.kind() != FindingKind.TOTAL_RECOVERED) {
                    notes.add(new Note("Audit", f.message()));
                }
            }
        }
        return notes;
    }

    /** The audit finding about a total cell, if any (never about a recovered-row marker). */
    public static AuditFinding finding(TableLinks links, int row, int column) {
        return links.findings(row, column).stream().filter(f -> f.kind() != FindingKind.TOTAL_RECOVERED).findFirst().orElse(null);
    }

    private static boolean markUsed(DataTable t, String mark) {
        return t.columns().stream().anyMatch(c -> c.marks().contains(mark))
                || t.rows().stream().anyMatch(r -> r.marks().contains(mark) || r.cells().stream().anyMatch(c -> c.marks().contains(mark)));
    }

    private static String footnote(Footnote f) {
        return f.mark() + f.text() + " (footnote as published, line " + f.ref().line() + ")";
    }

    /** How a label was linked to its entity, in words: the note beside a row or figure block. */
    public static String matchNote(EntityMatch match) {
        String basis = switch (match.basis()) {
            case CODE -> "Linked by the code stated in the source.";
            case DESCRIPTION -> "Linked by its wording.";
            case PATTERN -> "A period:";
            case CORRECTION -> "Linked by an editorial correction.";
            case NOT_CLASSIFIABLE -> "Names no " + match.dimension().noun() + ":";
            case TOTAL -> "";
        };
        return match.note() == null ? basis : (basis + " " + match.note()).strip();
    }
}
