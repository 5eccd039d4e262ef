package org.offencestats.handbook.render;

import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.paths.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.Footnote;
import org.offencestats.handbook.model.Row;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every note in the model is numbered next to the header, row, cell or table it qualifies, and listed at the foot. */
class NotesPlacementTest {

    static List<String> seeds() {
        return DisclosurePageTest.seeds();
    }

    /** The texts of the notes an element points to, looked up in the page's foot list. */
    private static List<String> notesOf(Document page, Element element) {
        return element.select("sup.note-ref a").stream().map(a -> {
            Element note = page.getElementById(a.attr("href").substring(1));
            assertThat(note).as("note " + a.attr("href") + " is listed at the foot").isNotNull();
            assertThat(note.parents().stream().anyMatch(p -> p.id().equals("main"))).isTrue();
            return note.text();
        }).toList();
    }

    /** A chart caption lists at most six note marks; the rest are one link to the first of them, so a phone shows no wall of numbers. */
    @ParameterizedTest
    @MethodSource("seeds")
    void chartCaptionsNameAtMostSixNotesAndLinkTheRest(String slug) {
        Document page = Jsoup.parse(SiteFixture.seeds().site().text(Links.disclosure(slug)));
        for (Element chart : page.select("figure.chart")) {
            Element notes = chart.selectFirst(".chart-notes");
            Element table = chart.parents().stream().filter(p -> p.hasClass("data-table")).findFirst().orElseThrow();
            int tableMarks = table.select("sup.note-ref a").eachAttr("href").stream().distinct().toList().size()
                    - chart.select("sup.note-ref a").size();
            if (notes == null) {
                continue;
            }
            assertThat(notes.select("sup.note-ref")).as(chart.id()).hasSizeLessThanOrEqualTo(6);
            Element more = notes.selectFirst("a:not(sup a)");
            if (more != null) {
                assertThat(page.getElementById(more.attr("href").substring(1))).as(more.attr("href")).isNotNull();
                int rest = Integer.parseInt(more.text().replaceAll("^(\\d+) more.*", "$1"));
                assertThat(5 + rest).as("every note of " + chart.id() + " is counted").isGreaterThan(6).isLessThanOrEqualTo(tableMarks + 5);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void notesSitNextToWhatTheyQualify(String slug) {
        Disclosure d = SiteFixture.seeds().handbook().disclosure(slug);
        Document page = Jsoup.parse(SiteFixture.seeds().site().text(Links.disclosure(slug)));
        for (DataTable t : d.parsed().tables()) {
            Element section = page.getElementById(t.id());
            Elements headers = section.select("table.data thead tr:last-child th");
            int offset = headers.size() - t.columns().size();
            for (Column c : t.columns()) {
                List<String> notes = notesOf(page, headers.get(offset + c.index()));
                for (String mark : c.marks()) {
                    footnote(t, mark).ifPresent(f -> assertThat(notes).anyMatch(n -> n.contains(f.text())));
                }
                if (c.periodNote() != null) {
                    assertThat(notes).as("partial period on " + c.label()).anyMatch(n -> n.contains(c.periodNote()));
                }
            }
            Elements rows = section.select("table.data > tbody > tr");
            for (Row r : t.rows()) {
                Element tr = rows.get(r.index());
                List<String> rowNotes = notesOf(page, tr.selectFirst("th"));
                r.marks().forEach(m -> footnote(t, m).ifPresent(f -> assertThat(rowNotes).anyMatch(n -> n.contains(f.text()))));
                if (r.periodNote() != null) {
                    assertThat(rowNotes).anyMatch(n -> n.contains(r.periodNote()));
                }
                if (r.readingNote() != null) {
                    assertThat(rowNotes).as("reading note of " + r.label()).anyMatch(n -> n.contains(r.readingNote()));
                }
                var match = d.links(t.id()).row(r.index());
                if (match != null && match.note() != null && match.dimension() != org.offencestats.handbook.model.Dimension.PERIOD
                        && match.basis() != org.offencestats.handbook.model.MatchBasis.TOTAL) {
                    assertThat(rowNotes).as("link note of " + r.label()).anyMatch(n -> n.contains(match.note()));
                }
            }
            for (AuditFinding f : d.audit(t.id()).findings()) {
                if (f.kind() == FindingKind.TOTAL_RECOVERED) {
                    assertThat(notesOf(page, section.selectFirst("h3"))).anyMatch(n -> n.contains(f.message()));
                    continue;
                }
                Row totalRow = t.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> c.ref().equals(f.ref()) && (r.total()
                        || t.columns().get(r.cells().indexOf(c)).total()))).findFirst().orElseThrow();
                int column = totalRow.cells().stream().filter(c -> c.ref().equals(f.ref())).map(totalRow.cells()::indexOf).findFirst().orElseThrow();
                Element td = rows.get(totalRow.index()).select("td:not(.code)").get(column);
                assertThat(notesOf(page, td)).as(f.message()).anyMatch(n -> n.contains(f.message()));
            }
            if (d.meta().scope() != null) {
                assertThat(notesOf(page, section.selectFirst("h3"))).anyMatch(n -> n.contains(d.meta().scope()));
            }
            assertThat(section.select("figure.chart .chart-notes")).as("the chart lists the notes that qualify it").isNotEmpty();
        }
        for (String caveat : d.parsed().passages(org.offencestats.handbook.model.PassageKind.CAVEAT).stream().map(p -> p.text()).toList()) {
            assertThat(page.select("section:has(#know-h)").text()).as("general caveats at the top").contains(caveat);
        }
    }

    private static java.util.Optional<Footnote> footnote(DataTable t, String mark) {
        return t.footnotes().stream().filter(f -> f.mark().equals(mark)).findFirst();
    }
}
