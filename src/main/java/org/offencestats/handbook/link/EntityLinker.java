package org.offencestats.handbook.link;

import org.offencestats.handbook.model.ColumnEntities;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.DisclosureEntities;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.RowEntities;
import org.offencestats.handbook.model.StatedFigureEntities;
import org.offencestats.handbook.model.TableEntities;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Links a disclosure to canonical entities: every row and column label ({@link AxisLabelLinker}), the offences a
 * whole table is about ({@link TableSubjects}), its stated figures ({@link StatedFigureLinker}) and the entities
 * its text mentions ({@link DisclosureMentions}). The sidecar's corrections are checked first ({@link CorrectionChecks}).
 */
public final class EntityLinker {

    private final CorrectionChecks corrections;
    private final AxisLabelLinker labels;
    private final TableSubjects subjects;
    private final StatedFigureLinker statedFigures;
    private final DisclosureMentions mentions;

    public EntityLinker(TaxonomyIndex taxonomy) {
        TextMentions textMentions = new TextMentions(taxonomy);
        this.corrections = new CorrectionChecks(taxonomy);
        this.labels = new AxisLabelLinker(taxonomy);
        this.subjects = new TableSubjects(textMentions);
        this.statedFigures = new StatedFigureLinker(taxonomy, textMentions);
        this.mentions = new DisclosureMentions(textMentions);
    }

    /** The disclosure's links; throws {@link org.offencestats.handbook.InputError} when a correction cannot apply. */
    public DisclosureEntities link(ParsedDisclosure parsed, DisclosureMeta meta, String sidecarFile) {
        corrections.check(parsed, meta, sidecarFile);
        List<RowEntities> rows = new ArrayList<>();
        List<ColumnEntities> columns = new ArrayList<>();
        List<TableEntities> tables = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (DataTable table : parsed.tables()) {
            labels.linkRows(table, meta.corrections(), rows, problems);
            labels.linkColumns(table, columns, problems);
            subjects.link(parsed, table, rows, tables);
        }
        List<StatedFigureEntities> stated = statedFigures.link(parsed);
        SortedSet<String> offenceMentions = new TreeSet<>();
        SortedSet<String> outcomeMentions = new TreeSet<>();
        mentions.collect(parsed, stated, offenceMentions, outcomeMentions);
        return new DisclosureEntities(rows, columns, tables, offenceMentions, outcomeMentions, problems, stated);
    }
}
