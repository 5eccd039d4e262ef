package org.offencestats.handbook.render.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.render.view.ChartSpec;
import org.offencestats.handbook.render.view.Views.CellView;
import org.offencestats.handbook.render.view.Views.FigureBlock;
import org.offencestats.handbook.render.view.Views.FindingView;
import org.offencestats.handbook.render.view.Views.Header;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.MiniRow;
import org.offencestats.handbook.render.view.Views.NoteView;
import org.offencestats.handbook.render.view.Views.RowView;
import org.offencestats.handbook.render.view.Views.TableView;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table fragments were reworked so that a plain cell runs fewer template attributes (issue 19). Every combination
 * of what a cell, row or header can carry renders to the same bytes with the reworked templates/fragments.html as
 * with the fragments as they were before (kept in the test resources).
 */
class TableFragmentEquivalenceTest {

    /** A page holding one table and one entity-page figure block. */
    public record Probe(TableView table, FigureBlock block) {
    }

    private static final String PROBE = """
            <!DOCTYPE html>
            <html xmlns:th="http://www.thymeleaf.org"><body>
            <section th:replace="~{fragments :: datatable(${table})}"></section>
            <div th:replace="~{fragments :: figureBlock(${block})}"></div>
            </body></html>
            """;

    @Test
    void everyKindOfCellRowAndHeaderRendersAsBefore(@TempDir Path tmp) throws IOException {
        Path now = templates(tmp.resolve("now"), Files.readString(SiteFixture.TEMPLATES.resolve("fragments.html")));
        String before;
        try (InputStream in = getClass().getResourceAsStream("fragments-before-i19.html")) {
            before = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path then = templates(tmp.resolve("then"), before);
        for (Probe probe : List.of(probe(true), probe(false))) {
            String expected = new TemplateRenderer(then, Map.of()).render("probe", probe);
            String actual = new TemplateRenderer(now, Map.of()).render("probe", probe);
            assertThat(expected).contains("<td class=\"number  flagged\">", "class=\"dash total\"", "note-ref");
            assertThat(actual).as("the table fragments no longer render as the reference copy in src/test/resources/"
                    + "org/offencestats/handbook/render/engine/fragments-before-i19.html; if the markup change is intended, copy "
                    + "templates/fragments.html over that file (and re-record SiteHashTest)").isEqualTo(expected);
        }
    }

    @Test
    void classesAndPlainFollowTheCell() {
        assertThat(new CellView("1", "number", null, false, "c", null, List.of()).classes()).isEqualTo("number");
        assertThat(new CellView("1", "number", null, true, "c", null, List.of()).classes()).isEqualTo("number total");
        assertThat(new CellView("1", "number", null, true, "c", "f", List.of()).classes()).isEqualTo("number total flagged");
        assertThat(new CellView("1", "number", null, false, "c", "f", List.of()).classes()).isEqualTo("number  flagged");
        assertThat(new CellView("1", "number", null, true, "c", null, List.of()).plain()).isTrue();
        assertThat(new CellView("-", "dash", "published as “-”", false, "c", null, List.of()).plain()).isFalse();
        assertThat(new CellView("1", "number", null, false, "c", null, List.of(3)).plain()).isFalse();
        assertThat(new CellView("1", "number", null, true, "c", "f", List.of()).plain()).isFalse();
    }

    private static Path templates(Path dir, String fragments) throws IOException {
        Files.createDirectories(dir);
        Files.copy(SiteFixture.TEMPLATES.resolve("layout.html"), dir.resolve("layout.html"));
        Files.writeString(dir.resolve("fragments.html"), fragments);
        Files.writeString(dir.resolve("probe.html"), PROBE);
        return dir;
    }

    private static Probe probe(boolean rich) {
        List<String> kinds = List.of("number", "dash", "blank", "withheld", "unreadable", "lost");
        List<CellView> cells = new ArrayList<>();
        for (String kind : kinds) {
            for (int m = 0; m < 24; m++) {
                boolean total = (m & 1) != 0;
                String describe = (m & 2) != 0 ? "blank in the <source> & “more”" : null;
                String flag = (m & 4) != 0 ? "does not add up: the figures it totals make 1,234" : null;
                List<Integer> notes = switch (m / 8) {
                    case 0 -> List.of();
                    case 1 -> List.of(4);
                    default -> List.of(2, 11);
                };
                cells.add(new CellView(kind.equals("number") ? "1,234" : "<b>&amp; " + kind, kind, describe, total, "line 3", flag, notes));
            }
        }
        List<RowView> rows = new ArrayList<>();
        for (int i = 0; i * 6 < cells.size(); i++) {
            boolean odd = (i & 1) != 0;
            rows.add(new RowView("Row <" + i + "> & co", odd ? new Link("Entity " + i, "../offences/x-" + i + ".html") : null,
                    rich ? (odd ? "" : "071/08") : null, odd && rich ? "holds no offence code" : null,
                    i % 3 == 0 ? List.of("*", "†") : List.of(), i % 4 == 0, i % 5 == 0 ? "to 16 July 2015" : null,
                    cells.subList(i * 6, Math.min(cells.size(), i * 6 + 6)), "line " + i, i % 3 == 1 ? List.of(7) : List.of()));
        }
        List<Header> columns = new ArrayList<>();
        for (int j = 0; j < 6; j++) {
            columns.add(new Header("20" + (10 + j), j == 2 ? new Link("2012", "../periods/2012.html") : null,
                    j == 3 ? List.of("^") : List.of(), j == 4 ? "to March" : null, j == 5, "Year", j == 1 ? List.of(1, 2) : List.of()));
        }
        ChartSpec chart = new ChartSpec("chart-t1", "columns", false, "Chart <title>", "sub", "summary", "Year", "Count",
                List.of("2010", "2011"), List.of("2010", "2011"), Arrays.asList(null, "partial"),
                List.of(new ChartSpec.Series("Total", Arrays.asList(1L, null), null)), List.of("Total"),
                rich ? List.of(1, 2, 3, 4, 5, 6, 7, 8) : List.of(), "t1.csv");
        TableView table = new TableView("t1", 1, "Offences & <outcomes>", rich ? "1a" : null, rich ? "How many?" : null,
                rich ? "Offence" : "", rich ? "Year" : null, rich ? "Code as published" : null, columns, rows,
                rich ? List.of(1) : List.of(), rich ? List.of(new NoteView(1, "Footnote", "a <note>")) : List.of(),
                "3 published totals checked", rich ? List.of(new FindingView("Total does not add up", "msg", "line 9", true)) : List.of(),
                rich, "the published text, lines 1–9", rich ? "Read across" : null, chart, "{\"a\":1}", "t1.csv", "2 KB",
                new Link("Disclosure, table 1", "d.html#t1"));
        List<MiniRow> miniRows = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            miniRows.add(new MiniRow("Mini <" + i + ">", i % 2 == 0 ? new Link("E", "e.html") : null,
                    List.of("1", "-", "", "<x>"), i == 13));
        }
        FigureBlock block = new FigureBlock(new Link("Table 1", "d.html#t1"), "The row as published:", rich ? "matched" : null,
                List.of("2010", "2011", "2012", "2013"), miniRows, rich, rich ? List.of("a note") : List.of(), rich ? chart : null,
                "{}", "t1.csv", new Link("Source", "d.html"), "1 KB");
        return new Probe(table, block);
    }
}
