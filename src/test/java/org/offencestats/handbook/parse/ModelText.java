package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Block;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Exemption;
import org.offencestats.handbook.model.Footnote;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Passage;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.SourceNumber;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.model.TablePlacement;

import java.util.Map;

/**
 * A stable, readable text form of a parsed disclosure and its audit, for golden files that a person checks
 * line by line against the source. Cells read "value@column"; "-" and blanks are spelt out, never 0.
 */
public final class ModelText {

    private ModelText() {
    }

    public static String of(ParsedDisclosure p, Map<String, TableAudit> audits) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(p.file()).append('\n');
        out.append("stated references: ").append(p.statedReferences()).append("\n\n## Blocks\n");
        for (Block b : p.blocks()) {
            if (b instanceof Passage passage) {
                out.append('L').append(passage.ref().line()).append(' ').append(passage.kind())
                        .append(passage.questionId() == null ? "" : " q=" + passage.questionId())
                        .append(' ').append(quote(passage.text())).append('\n');
            } else if (b instanceof TablePlacement t) {
                out.append('L').append(t.ref().line()).append(" TABLE ").append(t.tableId()).append('\n');
            }
        }
        out.append("\n## Questions\n");
        for (Question q : p.questions()) {
            out.append(q.id()).append(" L").append(q.ref().line()).append(" tables=").append(q.tableIds()).append(' ')
                    .append(quote(q.text())).append(q.numberingNote() == null ? "" : "\n   numbering: " + q.numberingNote()).append('\n');
        }
        out.append("\n## Stated figures\n");
        for (StatedFigure s : p.statedFigures()) {
            out.append("q=").append(s.questionId()).append(" L").append(s.ref().line()).append('C').append(s.ref().column())
                    .append(" value=").append(s.value()).append(" printed=").append(quote(s.printed()))
                    .append(" wording=").append(quote(s.wording())).append(s.period() == null ? "" : " period=" + quote(s.period()))
                    .append('\n');
        }
        out.append("\n## Exemptions\n");
        for (Exemption e : p.exemptions()) {
            out.append(e.kind()).append(" q=").append(e.questionId()).append(" L").append(e.ref().line()).append(' ')
                    .append(quote(e.quote())).append('\n');
        }
        out.append("\n## Tables\n");
        for (DataTable t : p.tables()) {
            table(out, t, audits.get(t.id()));
        }
        out.append("\n## Numbers\n");
        for (NumberPlace place : NumberPlace.values()) {
            out.append(place).append(": ").append(p.numbers().count(place)).append('\n');
        }
        for (SourceNumber n : p.numbers().numbers()) {
            if (n.place() == NumberPlace.NON_FIGURE || n.place() == NumberPlace.UNPLACED) {
                out.append("  L").append(n.ref().line()).append('C').append(n.ref().column()).append(' ').append(quote(n.printed()))
                        .append(' ').append(n.place() == NumberPlace.UNPLACED ? "UNPLACED" : n.nonFigure().name()).append('\n');
            }
        }
        out.append("\n## Problems\n");
        for (Problem pr : p.problems()) {
            out.append(pr.severity()).append(" L").append(pr.ref().line()).append(pr.ref().column() > 0 ? "C" + pr.ref().column() : "")
                    .append(": ").append(pr.message()).append(" | ").append(pr.hint()).append('\n');
        }
        return out.toString();
    }

    private static void table(StringBuilder out, DataTable t, TableAudit audit) {
        out.append("\n### ").append(t.id()).append(" number=").append(t.number()).append(" lines ").append(t.start().line())
                .append('-').append(t.endLine()).append(" layout=").append(t.layout()).append(" question=").append(t.questionId()).append('\n');
        out.append("title: ").append(quote(t.title())).append('\n');
        out.append("row dimension: ").append(quote(t.rowDimension())).append("; column dimension: ").append(quote(t.columnDimension()))
                .append("; code column: ").append(t.hasCodeColumn()).append('\n');
        out.append("columns:\n");
        for (Column c : t.columns()) {
            out.append("  ").append(c.index()).append(' ').append(quote(c.label())).append(" @L").append(c.ref().line()).append('C')
                    .append(c.ref().column()).append(c.marks().isEmpty() ? "" : " marks=" + c.marks())
                    .append(c.group() == null ? "" : " group=" + quote(c.group())).append(c.total() ? " TOTAL" : "")
                    .append(c.periodNote() == null ? "" : " partial=" + quote(c.periodNote()) + " (L" + c.periodNoteRef().line() + ")")
                    .append('\n');
        }
        out.append("rows:\n");
        for (Row r : t.rows()) {
            out.append("  L").append(r.ref().line()).append(r.total() ? " TOTAL" : "").append(r.recovered() ? " RECOVERED" : "");
            if (t.hasCodeColumn() || r.code().code() != null) {
                out.append(" code=").append(quote(r.code().raw())).append("->").append(r.code().code()).append(' ').append(r.code().quality());
            }
            out.append(' ').append(quote(r.label())).append(r.marks().isEmpty() ? "" : " marks=" + r.marks())
                    .append(r.periodNote() == null ? "" : " partial=" + quote(r.periodNote()) + " (L" + r.periodNoteRef().line() + ")")
                    .append(" |");
            for (Cell c : r.cells()) {
                out.append(' ').append(cell(c));
            }
            out.append('\n');
            if (r.readingNote() != null) {
                out.append("     note: ").append(r.readingNote()).append('\n');
            }
        }
        if (!t.footnotes().isEmpty()) {
            out.append("footnotes:\n");
            for (Footnote f : t.footnotes()) {
                out.append("  ").append(f.mark()).append(' ').append(quote(f.text())).append(" L").append(f.ref().line()).append('\n');
            }
        }
        out.append("audit: ").append(audit.totalsChecked()).append(" totals checked, ").append(audit.totalsAgreeing()).append(" agree\n");
        for (AuditFinding f : audit.findings()) {
            out.append("  ").append(f.kind()).append(" row=").append(quote(f.rowLabel())).append(" column=").append(quote(f.columnLabel()))
                    .append(" published=").append(f.published()).append(" computed=").append(f.computed()).append(" L").append(f.ref().line())
                    .append('\n');
        }
    }

    private static String cell(Cell c) {
        String marks = String.join("", c.marks());
        String at = "@" + c.ref().column();
        return switch (c.kind()) {
            case NUMBER -> c.value() + marks + at;
            case DASH -> "dash" + marks + at;
            case BLANK -> "blank" + at;
            case UNREADABLE -> "unreadable" + quote(c.raw()) + at;
            case LOST -> "LOST" + at;
            case SUPPRESSED, NOT_APPLICABLE, NIL, NOT_HELD -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + quote(c.raw()) + at;
        };
    }

    private static String quote(String s) {
        return s == null ? "-" : '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

}
