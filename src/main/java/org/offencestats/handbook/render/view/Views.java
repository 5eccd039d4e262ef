package org.offencestats.handbook.render.view;

import java.util.List;

/** The records templates read. Every string here is plain text; Thymeleaf escapes it on output. */
public final class Views {

    private Views() {
    }

    /** Tables with more body rows than this keep their header row in view as they scroll (issue 17). */
    public static final int TALL_ROWS = 12;

    /** A link: its text and the href relative to the current page. */
    public record Link(String text, String href) {
    }

    public record Header(String label, Link entity, List<String> marks, String periodNote, boolean total, String group,
                         List<Integer> notes) {
    }

    /**
     * A cell of a published table. {@code kind} is its CSS class (never empty); {@link #classes()} and {@link #plain()}
     * let the template do little for the common cell, a number with nothing to add.
     */
    public record CellView(String display, String kind, String describe, boolean total, String cite, String flag,
                           List<Integer> notes) {

        /** The cell's class attribute: its kind, then "total" for a total and "flagged" when it does not add up. */
        public String classes() {
            if (flag != null) {
                return kind + (total ? " total flagged" : "  flagged"); // as th:classappend wrote it: a space, then " flagged"
            }
            return total ? kind + " total" : kind;
        }

        /** True when the cell shows its figure alone: nothing to describe, no flag, no notes. */
        public boolean plain() {
            return describe == null && flag == null && notes.isEmpty();
        }
    }

    public record RowView(String label, Link entity, String code, String codeNote, List<String> marks, boolean total,
                          String periodNote, List<CellView> cells, String cite, List<Integer> notes) {
    }

    /** A numbered note as listed under its table and at the foot of the page. */
    public record NoteView(int number, String kind, String text) {
    }

    public record FindingView(String kind, String message, String cite, boolean mismatch) {
    }

    public record TableView(String id, int number, String title, String questionId, String questionText, String rowHeader,
                            String columnGroup, String codeHeader, List<Header> columns, List<RowView> rows,
                            List<Integer> notes, List<NoteView> tableNotes, String auditSummary, List<FindingView> findings,
                            boolean hasMismatch, String cite, String layoutNote, ChartSpec chart, String chartJson, String csvHref,
                            String csvSize, Link source) {

        /** A table taller than {@link Views#TALL_ROWS} rows scrolls within a box whose header row stays in view. */
        public boolean tall() {
            return rows.size() > TALL_ROWS;
        }
    }

    public record PassageView(String kind, String text, String questionId, String cite, String tableId) {
    }

    public record QuestionView(String id, String text, List<Link> tables, List<StatedLine> statedFigures, String note, String cite) {
    }

    /** A stated figure as its question lists it: the value as printed, linked to its row, and the sentence it stands in. */
    public record StatedLine(Link figure, String sentence, String cite) {
    }

    /**
     * A figure stated in the text: {@code id} its anchor on the page, the value as printed and as a number, what it
     * counts, its period (or null), its question (id and link, or null), where it stands and the entities it is about.
     */
    public record StatedView(String id, String printed, String number, String wording, String sentence, String period,
                             Link question, Link source, List<Link> entities) {
    }

    /** A number no reader claimed and no rule explains: as printed, with its line and column. */
    public record UnplacedView(String printed, int line, int column, Link source) {
    }

    /** A stated figure on an entity page: the disclosure, the value, what it counts and its period, where it stands. */
    public record EntityStatedView(Link disclosure, String printed, String wording, String period, String cite) {
    }

    public record ExemptionView(String title, String explanation, List<String> quotes, List<String> cites) {
    }

    public record ProblemView(String severity, String message, String hint, String cite) {
    }

    public record Fact(String term, String value) {
    }

    /** A row of a small table on an entity page: the label as published, its entity link (or null), the values. */
    public record MiniRow(String label, Link link, List<String> values, boolean total) {
    }

    /**
     * Figures for an entity from one table, as a small table: one row (a row of the source), one column (a column of
     * the source, row by row) or the whole table (when the table as a whole is about the entity).
     * {@code computed} marks a sum the handbook made, only ever within one table and column.
     */
    public record FigureBlock(Link table, String intro, String matchNote, List<String> columns, List<MiniRow> rows,
                              boolean computed, List<String> notes, ChartSpec chart, String chartJson, String csvHref, Link source,
                              String csvSize) {

        /** A table taller than {@link Views#TALL_ROWS} rows scrolls within a box whose header row stays in view. */
        public boolean tall() {
            return rows.size() > TALL_ROWS;
        }
    }

    /** The figures one disclosure gives for an entity, with the disclosure's period, scope and caveats. */
    public record DisclosureGroup(Link disclosure, String period, String scope, List<String> caveats, List<FigureBlock> blocks) {
    }

    public record Summary(Link link, String detail) {
    }

    /** One link of a pager; {@code href} is null for the page being read and for a gap ("…") in the numbers. */
    public record PageLink(String text, String href, boolean gap) {
    }

    /** Where a page sits in a list split over several pages, and the way to the others. */
    public record Pager(int number, int count, String summary, Link previous, Link next, List<PageLink> pages) {
    }
}
