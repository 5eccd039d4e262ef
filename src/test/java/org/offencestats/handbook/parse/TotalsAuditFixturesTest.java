package org.offencestats.handbook.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableAudit;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way forces name a total ("Total", "Grand Total", "Total Count", "Sum:") is flagged and audited, in every
 * layout: here each total is one more than its rows (4 + 9 = 13, printed 14), which readers must be shown.
 */
class TotalsAuditFixturesTest {

    private static ParsedDisclosure parse(String text) {
        return new DisclosureParser().parse(new SourceTextReader(1_000_000).read("totals.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Total", "Grand Total", "Total Count", "Sum:"})
    void aTotalOneMoreThanItsRowsIsAFindingInATabTable(String total) {
        assertMismatch(parse("Outcome\tCount\nCharged\t4\nCautioned\t9\n" + total + "\t14\n"), total);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Total", "Grand Total", "Total Count", "Sum:"})
    void aTotalOneMoreThanItsRowsIsAFindingInATableOfOneCellPerLine(String total) {
        assertMismatch(parse("Outcome |\nCount |\nCharged |\n4 |\nCautioned |\n9 |\n" + total + " |\n14 |\n"), total);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Total", "Grand Total", "Sum:"})
    void aTotalOneMoreThanItsRowsIsAFindingInASlashTable(String total) {
        assertMismatch(parse("Area / 2019/20 / 2020/21\nNorth / 4 / 5\nSouth / 9 / 2\n" + total + " / 14 / 7\n"), total);
    }

    private static void assertMismatch(ParsedDisclosure p, String total) {
        assertThat(p.tables()).as("a table read from the text").hasSize(1);
        DataTable t = p.tables().get(0);
        Row totalRow = t.rows().get(t.rows().size() - 1);
        assertThat(totalRow.total()).as("\"%s\" flagged as a total", total).isTrue();
        TableAudit audit = new TableAuditor().audit(t);
        assertThat(audit.hasMismatch()).isTrue();
        assertThat(audit.findings()).extracting(AuditFinding::published).contains(14L);
        assertThat(audit.findings()).extracting(AuditFinding::computed).contains(13L);
    }
}
