package org.offencestats.handbook.link;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.Block;
import org.offencestats.handbook.model.CodeQuality;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.ColumnEntities;
import org.offencestats.handbook.model.Correction;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
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
import org.offencestats.handbook.model.StatedFigureEntities;
import org.offencestats.handbook.model.TableEntities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Links every row and column label of a disclosure to a canonical entity, or to an explicit non-entity, and
 * reports every label it cannot link. Each axis of a table has one dimension, chosen by which taxonomy names
 * most of its labels. For offences: an editorial correction first, then a valid code stated in the source,
 * then the wording (an offence, else its class).
 */
public final class EntityLinker {

    /** The order in which dimensions win a tie: offences and outcomes are what the handbook is about. */
    private static final List<Dimension> CANDIDATES = List.of(Dimension.OFFENCE, Dimension.OUTCOME, Dimension.PLATFORM,
            Dimension.AGE_BAND, Dimension.PERIOD);
    private static final Pattern MEASURE = Pattern.compile("(?i)total|count|number|crimes|offences");

    private final TaxonomyIndex taxonomy;
    private final TextMentions mentions;

    public EntityLinker(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
        this.mentions = new TextMentions(taxonomy);
    }

    public DisclosureEntities link(ParsedDisclosure parsed, DisclosureMeta meta, String sidecarFile) {
        List<RowEntities> rows = new ArrayList<>();
        List<ColumnEntities> columns = new ArrayList<>();
        List<TableEntities> tables = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (DataTable table : parsed.tables()) {
            linkRows(table, meta, sidecarFile, rows, problems);
            linkColumns(table, columns, problems);
            linkTableSubject(parsed, table, rows, tables);
        }
        SortedSet<String> offenceMentions = new TreeSet<>();
        SortedSet<String> outcomeMentions = new TreeSet<>();
        for (Block block : parsed.blocks()) {
            if (block instanceof Passage p && p.kind() != PassageKind.DEBRIS) {
                collectMentions(p.text(), offenceMentions, outcomeMentions);
            }
        }
        parsed.tables().forEach(t -> collectMentions(t.title(), offenceMentions, outcomeMentions));
        List<StatedFigureEntities> stated = new StatedFigureLinker(taxonomy, mentions).link(parsed);
        // A stated figure about an entity is a mention of it too, so the entity has a page that can list the figure.
        for (StatedFigureEntities s : stated) {
            (s.match().dimension() == Dimension.OUTCOME ? outcomeMentions : offenceMentions).add(s.match().key());
        }
        checkCorrectionsApply(parsed, meta, sidecarFile, problems);
        return new DisclosureEntities(rows, columns, tables, offenceMentions, outcomeMentions, problems, stated);
    }

    /**
     * A table whose rows are not offences, but whose caption or question names offence codes ("Count of Home Office
     * Code 88/1 and 88/2 offences ...", "... (home office code 86/2) ..."), gives figures about those offences.
     */
    private void linkTableSubject(ParsedDisclosure parsed, DataTable table, List<RowEntities> rows, List<TableEntities> out) {
        boolean offenceRows = rows.stream().anyMatch(r -> r.tableId().equals(table.id()) && r.match() != null
                && (r.match().dimension() == Dimension.OFFENCE || r.match().dimension() == Dimension.OFFENCE_CLASS));
        if (offenceRows) {
            return;
        }
        SortedSet<String> codes = new TreeSet<>();
        collectMentions(table.title(), codes, new TreeSet<>());
        String question = parsed.questions().stream().filter(q -> q.id().equals(table.questionId())).map(q -> q.text())
                .findFirst().orElse(null);
        collectMentions(question, codes, new TreeSet<>());
        for (String code : codes) {
            String others = codes.size() == 1 ? "" : " The figures cover " + String.join(" and ", codes)
                    + " together and are not split between them.";
            out.add(new TableEntities(table.id(), new EntityMatch(Dimension.OFFENCE, code, MatchBasis.DESCRIPTION,
                    "The whole table is about this offence: its " + (question != null && codes.size() == 1 ? "question" : "caption or question")
                            + " names the code." + others)));
        }
    }

    private void linkRows(DataTable table, DisclosureMeta meta, String sidecarFile, List<RowEntities> out, List<Problem> problems) {
        Dimension dimension = table.hasCodeColumn() ? Dimension.OFFENCE
                : choose(table.bodyRows().stream().map(r -> r.code().code() != null ? "" : r.label()).toList(),
                table.bodyRows().stream().anyMatch(r -> r.code().code() != null));
        for (Row row : table.rows()) {
            EntityMatch match;
            if (row.total()) {
                match = new EntityMatch(Dimension.TOTAL, null, MatchBasis.TOTAL, "A total as published, checked by the audit.");
            } else if (dimension == Dimension.OFFENCE) {
                match = offence(table, row, meta, sidecarFile);
            } else {
                match = dimension == null ? null : periodAware(dimension, row.label(), row.periodNote());
            }
            if (match == null) {
                problems.add(Problem.warning(row.ref(), "The row \"" + row.label() + "\" in table " + table.number() + " matches no "
                                + (dimension == null ? "taxonomy" : dimension.noun() + " in the taxonomy") + because(row.label()),
                        "Maintainers: add the wording as an alias in content/taxonomies/, list it as not classifiable, or record a correction"));
            }
            out.add(new RowEntities(table.id(), row.index(), match));
        }
    }

    private void linkColumns(DataTable table, List<ColumnEntities> out, List<Problem> problems) {
        List<Column> body = table.bodyColumns();
        boolean measureOnly = body.size() == 1 && MEASURE.matcher(body.get(0).label()).matches();
        Dimension dimension = measureOnly ? null : choose(body.stream().map(Column::label).toList(), false);
        for (Column column : table.columns()) {
            EntityMatch match;
            if (column.total()) {
                match = new EntityMatch(Dimension.TOTAL, null, MatchBasis.TOTAL, "A total as published, checked by the audit.");
            } else if (measureOnly) {
                match = new EntityMatch(Dimension.TOTAL, null, MatchBasis.TOTAL, "The count this table gives for each row.");
            } else {
                match = dimension == null ? null : periodAware(dimension, column.label(), column.periodNote());
            }
            if (match == null) {
                problems.add(Problem.warning(column.ref(), "The column \"" + column.label() + "\" in table " + table.number() + " matches no "
                                + (dimension == null ? "taxonomy" : dimension.noun() + " in the taxonomy") + because(column.label()),
                        "Maintainers: add the wording as an alias in content/taxonomies/, or list it as not classifiable"));
            }
            out.add(new ColumnEntities(table.id(), column.index(), match));
        }
    }

    /** Why a label that looks like a code, class or outcome number was left unlinked, for the warning. */
    private String because(String label) {
        return taxonomy.whyUnlinked(label).map(why -> ": " + why).orElse("");
    }

    /** The dimension that names most labels (entities first, then explicit non-entities); null if none names any. */
    private Dimension choose(List<String> labels, boolean codesStated) {
        Dimension best = null;
        long bestEntities = 0;
        long bestAny = 0;
        for (Dimension d : CANDIDATES) {
            long entities = labels.stream().filter(l -> taxonomy.match(d, l).map(EntityMatch::isEntity).orElse(false)).count()
                    + (d == Dimension.OFFENCE && codesStated ? labels.stream().filter(String::isEmpty).count() : 0);
            long any = labels.stream().filter(l -> taxonomy.match(d, l).isPresent()).count();
            if (entities > bestEntities || (entities == bestEntities && any > bestAny)) {
                best = d;
                bestEntities = entities;
                bestAny = any;
            }
        }
        return bestEntities + bestAny == 0 ? null : best;
    }

    private EntityMatch periodAware(Dimension dimension, String label, String periodNote) {
        Optional<EntityMatch> match = taxonomy.match(dimension, label);
        if (match.isEmpty() || dimension != Dimension.PERIOD || periodNote == null) {
            return match.orElse(null);
        }
        EntityMatch m = match.get();
        return new EntityMatch(m.dimension(), m.key(), m.basis(), m.note() + ", partial: " + periodNote);
    }

    private EntityMatch offence(DataTable table, Row row, DisclosureMeta meta, String sidecarFile) {
        for (Correction c : meta.corrections()) {
            if (c.offenceCode() != null && c.table() != null && c.table() == table.number() && row.label().equals(c.row())) {
                if (taxonomy.offence(c.offenceCode()).isEmpty()) {
                    throw new InputError(SourceRef.line(sidecarFile, 1), "the correction names unknown offence code " + c.offenceCode(),
                            "a code listed in content/taxonomies/offences.yml", "correct the code or add it to the taxonomy");
                }
                return new EntityMatch(Dimension.OFFENCE, c.offenceCode(), MatchBasis.CORRECTION,
                        "Editorial correction of " + c.date() + ": " + c.what() + (c.why() == null ? "" : " Why: " + c.why()));
            }
        }
        String raw = row.code().raw().strip();
        String code = row.code().code();
        Optional<EntityMatch> byWording = taxonomy.match(Dimension.OFFENCE, row.label());
        if (code != null && taxonomy.offence(code).isPresent()) {
            String note = row.code().quality() == CodeQuality.WITH_DEBRIS
                    ? "Code read from \"" + raw + "\"; the stray text after it is ignored." : null;
            if (byWording.isPresent() && byWording.get().dimension() == Dimension.OFFENCE && byWording.get().key() != null
                    && !byWording.get().key().equals(code)) {
                note = (note == null ? "" : note + " ") + "The wording matches " + byWording.get().key()
                        + ", but the code stated in the source is used.";
            }
            return new EntityMatch(Dimension.OFFENCE, code, MatchBasis.CODE, note);
        }
        if (byWording.isEmpty()) {
            return null;
        }
        EntityMatch m = byWording.get();
        String why = null;
        if (code != null) {
            why = "The code cell reads \"" + raw + "\", which is not a Home Office code in the taxonomy.";
        } else if (row.code().quality() == CodeQuality.GARBLED) {
            why = "The code cell reads \"" + raw + "\", which holds no code.";
        }
        String note = m.note() == null ? why : why == null ? m.note() : why + " " + m.note();
        return new EntityMatch(m.dimension(), m.key(), m.basis(), note);
    }

    private void collectMentions(String text, SortedSet<String> offences, SortedSet<String> outcomes) {
        mentions.collect(text, offences, outcomes);
    }

    private static void checkCorrectionsApply(ParsedDisclosure parsed, DisclosureMeta meta, String sidecarFile, List<Problem> problems) {
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
