package org.offencestats.handbook.parse;

import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parsing helpers shared by the layout readers' fixture tests. */
final class LayoutFixtures {

    private LayoutFixtures() {
    }

    static ParsedDisclosure parse(String text) {
        return new DisclosureParser().parse(new SourceTextReader(1_000_000).read("fixture.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    static Row row(DataTable t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + t.rows().stream().map(Row::label).toList()));
    }

    static List<Long> values(Row row) {
        return row.cells().stream().map(Cell::value).toList();
    }

    /** "line:column" of a cell, to check it against the fixture text. */
    static String at(Cell cell) {
        return cell.ref().line() + ":" + cell.ref().column();
    }

    static List<Problem> notes(ParsedDisclosure p) {
        return p.problems().stream().filter(x -> x.severity() == Problem.Severity.NOTE).toList();
    }

    static List<Problem> warnings(ParsedDisclosure p) {
        return p.problems().stream().filter(x -> x.severity() == Problem.Severity.WARNING).toList();
    }
}
