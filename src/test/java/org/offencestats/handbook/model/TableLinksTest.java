package org.offencestats.handbook.model;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.ModelFixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Each row, column and cell answers which entities it names and which audit findings concern it, by position. */
class TableLinksTest {

    private static final SourceRef AT = SourceRef.line("x.txt", 3);
    private static final EntityMatch EXPOSURE = new EntityMatch(Dimension.OFFENCE, "088/09", MatchBasis.CODE, null);
    private static final EntityMatch TOTAL = new EntityMatch(Dimension.TOTAL, null, MatchBasis.TOTAL, "A total");
    private static final EntityMatch YEAR = new EntityMatch(Dimension.PERIOD, "2020", MatchBasis.PATTERN, "CALENDAR_YEAR");
    private static final EntityMatch SUBJECT = new EntityMatch(Dimension.OFFENCE, "086/02", MatchBasis.DESCRIPTION, "caption");

    private static DataTable table(String id) {
        return new DataTable(id, 1, "A table", null, null, null, false, List.of(), List.of(), List.of(), null, AT, 3);
    }

    private static AuditFinding finding(FindingKind kind, CellPosition at) {
        return new AuditFinding("table-1", kind, "Total", "2020", 4L, 3, AT, "a finding", at);
    }

    private static Disclosure disclosure(DisclosureEntities entities, List<AuditFinding> findings) {
        ParsedDisclosure parsed = new ParsedDisclosure("x.txt", List.of(), List.of(table("table-1"), table("table-2")),
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
        TreeMap<String, TableAudit> audits = new TreeMap<>(Map.of("table-1", new TableAudit("table-1", 1, 0, findings)));
        DisclosureMeta meta = new DisclosureMeta("A force", null, "A title", null, null, null, null, List.of(), null, List.of(),
                List.<Correction>of());
        return new Disclosure("x", meta, null, "x.yml", parsed, audits, entities);
    }

    private static DisclosureEntities entities() {
        List<RowEntities> rows = new ArrayList<>(List.of(new RowEntities("table-1", 0, EXPOSURE), new RowEntities("table-1", 1, null),
                new RowEntities("table-1", 2, TOTAL)));
        List<ColumnEntities> columns = List.of(new ColumnEntities("table-1", 0, YEAR), new ColumnEntities("table-1", 1, TOTAL));
        List<TableEntities> tables = List.of(new TableEntities("table-2", SUBJECT));
        return new DisclosureEntities(rows, columns, tables, new TreeSet<>(), new TreeSet<>(), List.of());
    }

    @Test
    void rowsAndColumnsAnswerWhatTheyNameAndUnmappedOnesAnswerNull() {
        TableLinks links = disclosure(entities(), List.of()).links("table-1");
        assertThat(links.tableId()).isEqualTo("table-1");
        assertThat(links.row(0)).isEqualTo(EXPOSURE);
        assertThat(links.row(1)).as("unmapped").isNull();
        assertThat(links.row(2)).isEqualTo(TOTAL);
        assertThat(links.column(0)).isEqualTo(YEAR);
        assertThat(links.column(7)).isNull();
        assertThat(links.rows().keySet()).containsExactly(0, 2);
        assertThat(links.subjects()).isEmpty();
    }

    @Test
    void aTableNoRowNamesKnowsWhatItIsAboutAndEveryTableHasLinks() {
        Disclosure d = disclosure(entities(), List.of());
        assertThat(d.links("table-2").subjects()).containsExactly(SUBJECT);
        assertThat(d.links("table-2").row(0)).isNull();
        assertThat(d.links("table-2").findings(0, 0)).as("a table without an audit has no findings").isEmpty();
        assertThat(d.links().keySet()).containsExactly("table-1", "table-2");
        assertThat(d.links("table-9")).isNull();
        assertThat(d.linkedEntities()).containsExactly(new EntityKey(Dimension.OFFENCE, "088/09"), new EntityKey(Dimension.PERIOD, "2020"));
    }

    @Test
    void eachCellKnowsTheFindingsAboutItAndARecoveredRowsFindingConcernsTheWholeRow() {
        AuditFinding mismatch = finding(FindingKind.COLUMN_TOTAL_MISMATCH, new CellPosition(2, 0));
        AuditFinding lost = finding(FindingKind.TOTAL_LOST, new CellPosition(2, 0));
        AuditFinding recovered = finding(FindingKind.TOTAL_RECOVERED, CellPosition.wholeRow(2));
        TableLinks links = disclosure(entities(), List.of(mismatch, recovered, lost)).links("table-1");
        assertThat(links.findings(2, 0)).containsExactly(mismatch, lost);
        assertThat(links.findings(2, 1)).isEmpty();
        assertThat(links.findings(0, 0)).isEmpty();
        assertThat(links.rowFindings(2)).containsExactly(recovered);
        assertThat(links.findings()).containsExactly(mismatch, recovered, lost);
        assertThat(recovered.at().isWholeRow()).isTrue();
    }

    @Test
    void linksAreValuesTheSameInputsGiveEqualLinks() {
        assertThat(disclosure(entities(), List.of()).links("table-1")).isEqualTo(disclosure(entities(), List.of()).links("table-1"))
                .hasSameHashCodeAs(disclosure(entities(), List.of()).links("table-1"));
    }

    /** On the seeds, the links say exactly what the entity lists and the audit's source positions said before. */
    @Test
    void onTheSeedsTheLinksAgreeWithTheEntityListsAndWithFindingsMatchedBySourcePosition() {
        for (Disclosure d : ModelFixture.seeds().disclosures()) {
            for (DataTable t : d.parsed().tables()) {
                TableLinks links = d.links(t.id());
                for (Row r : t.rows()) {
                    assertThat(links.row(r.index())).isEqualTo(d.entities().rows().stream().filter(e -> e.tableId().equals(t.id()) && e.row() == r.index())
                            .map(RowEntities::match).filter(java.util.Objects::nonNull).findFirst().orElse(null));
                    for (Column c : t.columns()) {
                        if (!r.total() && !c.total()) {
                            assertThat(links.findings(r.index(), c.index())).isEmpty();
                            continue;
                        }
                        Cell cell = r.cell(c.index());
                        List<AuditFinding> bySource = d.audit(t.id()).findings().stream()
                                .filter(f -> f.ref().equals(cell.ref()) && f.kind() != FindingKind.TOTAL_RECOVERED).toList();
                        assertThat(links.findings(r.index(), c.index())).as(d.slug() + " " + t.id() + " r" + r.index() + " c" + c.index())
                                .isEqualTo(bySource);
                    }
                }
                for (Column c : t.columns()) {
                    assertThat(links.column(c.index())).isEqualTo(d.entities().columns().stream().filter(e -> e.tableId().equals(t.id()) && e.column() == c.index())
                            .map(ColumnEntities::match).filter(java.util.Objects::nonNull).findFirst().orElse(null));
                }
                assertThat(links.subjects()).isEqualTo(d.entities().tables().stream().filter(s -> s.tableId().equals(t.id()))
                        .map(TableEntities::match).toList());
            }
        }
    }
}
