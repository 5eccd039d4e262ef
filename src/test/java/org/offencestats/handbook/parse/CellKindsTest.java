package org.offencestats.handbook.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.TableAudit;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells that say something other than a count keep what they say: never 0, never a silent gap. */
class CellKindsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            *                   | SUPPRESSED     | true
            <5                  | SUPPRESSED     | true
            [c]                 | SUPPRESSED     | true
            n/a                 | NOT_APPLICABLE | false
            N/A                 | NOT_APPLICABLE | false
            Nil                 | NIL            | false
            None                | NIL            | false
            no information held | NOT_HELD       | true
            Not known           | NOT_HELD       | true
            -                   | DASH           | false
            about 4             | UNREADABLE     | true
            """)
    void aWordedCellKeepsItsOwnKindAndTotalsOverItAreCheckedOnlyWhenTheyCanBe(String raw, CellKind kind, boolean hidesACount) {
        ParsedDisclosure p = new DisclosureParser().parse(new SourceTextReader(1_000_000).read("cells.txt", ("""
                Area\t2019\t2020\tTotal
                North\t%s\t3\t7
                South\t2\t5\t7
                Total\t6\t8\t14
                """.formatted(raw)).getBytes(StandardCharsets.UTF_8)));
        DataTable t = p.tables().get(0);
        Cell cell = t.rows().get(0).cell(0);
        assertThat(cell.kind()).isEqualTo(kind);
        assertThat(cell.value()).isNull();
        assertThat(cell.raw().strip()).isEqualTo(raw);
        assertThat(kind.hidesACount()).isEqualTo(hidesACount);
        TableAudit audit = new TableAuditor().audit(t);
        if (hidesACount) {
            assertThat(audit.findings()).extracting(f -> f.kind()).contains(FindingKind.TOTAL_UNCHECKABLE);
        } else {
            // Adding nothing, the row "North" (3 of 7) and the column 2019 (2 of 6) no longer add up: shown, not hidden.
            assertThat(audit.hasMismatch()).isTrue();
        }
        if (raw.equals("Nil") || raw.equals("None")) {
            assertThat(p.numbers().numbers()).anySatisfy(n -> {
                assertThat(n.printed()).isEqualTo(raw);
                assertThat(n.place()).isEqualTo(NumberPlace.TABLE_CELL);
            });
        }
    }
}
