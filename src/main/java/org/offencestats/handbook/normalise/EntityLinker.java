package org.offencestats.handbook.normalise;

import org.offencestats.handbook.model.Block;
import org.offencestats.handbook.model.CodeQuality;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.ColumnEntities;
import org.offencestats.handbook.model.Correction;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.DisclosureEntities;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Passage;
import org.offencestats.handbook.model.PassageKind;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.RowEntities;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.parse.CodeReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links every row and column label of a disclosure to an offence code or outcome type of the taxonomies.
 * Order of precedence: an editorial correction, then a valid code stated in the source, then the wording.
 */
public final class EntityLinker {

    /** A code in prose, "86/2" or "088/01", not part of a date such as 3/12/2020. */
    private static final Pattern CODE_IN_TEXT = Pattern.compile("(?<![\\d/])(\\d{1,3})/(\\d{1,2})(?![\\d/])");
    private static final Pattern OUTCOME_IN_TEXT = Pattern.compile("(?i)\\boutcome\\s+(\\d{1,2}[A-Z]?)\\b");

    private final TaxonomyIndex taxonomy;

    public EntityLinker(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
    }

    public DisclosureEntities link(ParsedDisclosure parsed, DisclosureMeta meta, String sidecarFile) {
        List<RowEntities> rows = new ArrayList<>();
        List<ColumnEntities> columns = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (DataTable table : parsed.tables()) {
            linkTable(table, meta, sidecarFile, rows, columns, problems);
        }
        SortedSet<String> offenceMentions = new TreeSet<>();
        SortedSet<String> outcomeMentions = new TreeSet<>();
        for (Block block : parsed.blocks()) {
            if (block instanceof Passage p && p.kind() != PassageKind.DEBRIS) {
                collectMentions(p.text(), offenceMentions, outcomeMentions);
            }
        }
        parsed.tables().forEach(t -> collectMentions(t.title(), offenceMentions, outcomeMentions));
        checkCorrectionsApply(parsed, meta, sidecarFile, problems);
        return new DisclosureEntities(rows, columns, offenceMentions, outcomeMentions, problems);
    }

    private void linkTable(DataTable table, DisclosureMeta meta, String sidecarFile, List<RowEntities> rows,
                           List<ColumnEntities> columns, List<Problem> problems) {
        List<RowEntities> tableRows = new ArrayList<>();
        for (Row row : table.rows()) {
            if (row.total()) {
                continue;
            }
            tableRows.add(new RowEntities(table.id(), row.index(), offenceFor(table, row, meta, sidecarFile),
                    outcomeFor(row.label())));
        }
        boolean offenceRows = table.hasCodeColumn() || tableRows.stream().anyMatch(r -> r.offence() != null);
        boolean outcomeRows = tableRows.stream().anyMatch(r -> r.outcome() != null);
        for (RowEntities r : tableRows) {
            Row row = table.rows().get(r.row());
            if (offenceRows && r.offence() == null) {
                problems.add(Problem.warning(row.ref(), "The row \"" + row.label() + "\" in table " + table.number() + " matches no offence code in the taxonomy",
                        "Maintainers: add the wording as an alias of its code in content/taxonomies/offences.yml, or record a correction"));
            }
            if (outcomeRows && r.outcome() == null) {
                problems.add(Problem.warning(row.ref(), "The row \"" + row.label() + "\" in table " + table.number() + " matches no outcome type",
                        "Maintainers: add the wording as an alias in content/taxonomies/outcomes.yml, or list it under not_classifiable"));
            }
        }
        rows.addAll(tableRows);
        List<ColumnEntities> tableColumns = new ArrayList<>();
        for (Column column : table.columns()) {
            if (!column.total()) {
                EntityMatch outcome = outcomeFor(column.label());
                if (outcome != null) {
                    tableColumns.add(new ColumnEntities(table.id(), column.index(), outcome));
                }
            }
        }
        if (!tableColumns.isEmpty()) {
            for (Column column : table.bodyColumns()) {
                if (tableColumns.stream().noneMatch(c -> c.column() == column.index())) {
                    problems.add(Problem.warning(column.ref(), "The column \"" + column.label() + "\" in table " + table.number()
                                    + " matches no outcome type",
                            "Maintainers: add the wording as an alias in content/taxonomies/outcomes.yml, or list it under not_classifiable"));
                }
            }
        }
        columns.addAll(tableColumns);
    }

    private EntityMatch offenceFor(DataTable table, Row row, DisclosureMeta meta, String sidecarFile) {
        for (Correction c : meta.corrections()) {
            if (c.offenceCode() != null && c.table() != null && c.table() == table.number() && row.label().equals(c.row())) {
                if (taxonomy.offence(c.offenceCode()).isEmpty()) {
                    throw new org.offencestats.handbook.InputError(SourceRef.line(sidecarFile, 1),
                            "the correction names unknown offence code " + c.offenceCode(),
                            "a code listed in content/taxonomies/offences.yml", "correct the code or add it to the taxonomy");
                }
                return new EntityMatch(c.offenceCode(), MatchBasis.CORRECTION, "Editorial correction: " + c.what());
            }
        }
        String raw = row.code().raw().strip();
        String code = row.code().code();
        Optional<String> byWording = taxonomy.offenceByWording(row.label());
        if (code != null && taxonomy.offence(code).isPresent()) {
            String note = row.code().quality() == CodeQuality.WITH_DEBRIS
                    ? "Code read from \"" + raw + "\"; the stray text after it is ignored." : null;
            if (byWording.isPresent() && !byWording.get().equals(code)) {
                note = (note == null ? "" : note + " ") + "The wording matches " + byWording.get()
                        + ", but the code stated in the source is used.";
            }
            return new EntityMatch(code, MatchBasis.CODE, note);
        }
        if (byWording.isPresent()) {
            String note = null;
            if (code != null) {
                note = "The code cell reads \"" + raw + "\", which is not a Home Office code in the taxonomy; matched by its wording.";
            } else if (row.code().quality() == CodeQuality.GARBLED) {
                note = "The code cell reads \"" + raw + "\", which holds no code; matched by its wording.";
            }
            return new EntityMatch(byWording.get(), MatchBasis.DESCRIPTION, note);
        }
        return null;
    }

    private EntityMatch outcomeFor(String label) {
        Optional<String> type = taxonomy.outcomeByWording(label);
        if (type.isPresent()) {
            return new EntityMatch(type.get(), MatchBasis.DESCRIPTION, null);
        }
        return taxonomy.notClassifiableOutcome(label)
                .map(n -> new EntityMatch(null, MatchBasis.NOT_CLASSIFIABLE, n.meaning())).orElse(null);
    }

    private void collectMentions(String text, SortedSet<String> offences, SortedSet<String> outcomes) {
        if (text == null) {
            return;
        }
        Matcher m = CODE_IN_TEXT.matcher(text);
        while (m.find()) {
            String code = CodeReader.canonical(m.group(1), m.group(2));
            if (taxonomy.offence(code).isPresent()) {
                offences.add(code);
            }
        }
        m = OUTCOME_IN_TEXT.matcher(text);
        while (m.find()) {
            String type = m.group(1).toUpperCase(java.util.Locale.ROOT);
            if (taxonomy.outcome(type).isPresent()) {
                outcomes.add(type);
            }
        }
    }

    private static void checkCorrectionsApply(ParsedDisclosure parsed, DisclosureMeta meta, String sidecarFile,
                                              List<Problem> problems) {
        for (Correction c : meta.corrections()) {
            if (c.table() == null) {
                continue;
            }
            boolean found = parsed.tables().stream().anyMatch(t -> t.number() == c.table()
                    && (c.row() == null || t.rows().stream().anyMatch(r -> r.label().equals(c.row()))));
            if (!found) {
                problems.add(new Problem(Problem.Severity.ERROR, SourceRef.line(sidecarFile, 1),
                        "The correction dated " + c.date() + " names table " + c.table() + (c.row() == null ? "" : " row \"" + c.row() + "\"")
                                + ", which is not in the disclosure", "Use the table number and the row label as published"));
            }
        }
    }
}
